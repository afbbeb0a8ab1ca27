# A tiny stack-based virtual machine with an assembler, written with lists and dicts.
def assemble(source):
    program = []
    labels = {}
    lines = []
    for raw in source.strip().split("\n"):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line)
    for line in lines:
        parts = line.split()
        op = parts[0].upper()
        arg = None
        if len(parts) > 1:
            token = parts[1]
            if token.lstrip("-").isdigit():
                arg = int(token)
            elif token in labels:
                arg = labels[token]
            else:
                arg = token
        program.append((op, arg))
    return program, labels


def run(program, max_steps=100000):
    stack = []
    variables = {}
    calls = []
    output = []
    pc = 0
    steps = 0
    binops = {
        "ADD": lambda a, b: a + b,
        "SUB": lambda a, b: a - b,
        "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b,
        "MOD": lambda a, b: a % b,
        "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b),
    }
    while pc < len(program):
        steps += 1
        if steps > max_steps:
            output.append("step limit")
            break
        op, arg = program[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in binops:
            b = stack.pop()
            a = stack.pop()
            stack.append(binops[op](a, b))
        elif op == "LOAD":
            stack.append(variables.get(arg, 0))
        elif op == "STORE":
            variables[arg] = stack.pop()
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            output.append(str(stack.pop()))
        elif op == "HALT":
            break
        else:
            output.append("bad op " + op)
            break
    return output, steps, stack, variables


FACTORIAL = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done          ; stop when n == 0
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

PRIMES = """
    push 2
    store i
outer:
    load i
    push 40
    lt
    jz end
    push 2
    store d
inner:
    load d
    load d
    mul
    load i
    swap
    lt               ; i < d*d ?
    push 1
    swap
    sub
    jz prime          ; d*d > i: prime
    load i
    load d
    mod
    jz next           ; divisible: not prime
    load d
    push 1
    add
    store d
    jmp inner
prime:
    load i
    print
next:
    load i
    push 1
    add
    store i
    jmp outer
end:
    halt
"""

SUBROUTINE = """
    push 3
    call square
    print
    push 12
    call square
    call square
    print
    halt
square:
    dup
    mul
    ret
"""

for name, src in [("factorial", FACTORIAL), ("primes", PRIMES), ("subroutine", SUBROUTINE)]:
    program, labels = assemble(src)
    out, steps, stack, variables = run(program)
    print(name, len(program), labels)
    print("  output:", " ".join(out))
    print("  steps:", steps, "stack:", stack, "vars:", variables)
loop_forever, _ = assemble("top:\n push 1\n pop\n jmp top")
print(run(loop_forever, 50)[0:2])
print(run([("PUSH", 7), ("PUSH", 0), ("EQ", None), ("PRINT", None), ("NOPE", None)])[0])
