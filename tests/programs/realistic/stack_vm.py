# A tiny compiler from a Lisp-like language to bytecode, plus a stack virtual machine.

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok

BINOPS = {"+": "ADD", "-": "SUB", "*": "MUL", "<": "LT", "=": "EQ", "%": "MOD"}

class Compiler:
    def __init__(self):
        self.code = []
        self.functions = {}
    def emit(self, *ins):
        self.code.append(ins)
        return len(self.code) - 1
    def compile(self, expr, params=()):
        if isinstance(expr, int):
            self.emit("PUSH", expr)
        elif isinstance(expr, str):
            if expr in params:
                self.emit("LOAD", params.index(expr))
            else:
                self.emit("GLOBAL", expr)
        else:
            head, *args = expr
            if head in BINOPS:
                self.compile(args[0], params)
                self.compile(args[1], params)
                self.emit(BINOPS[head])
            elif head == "if":
                self.compile(args[0], params)
                jump_false = self.emit("JMPF", None)
                self.compile(args[1], params)
                jump_end = self.emit("JMP", None)
                self.code[jump_false] = ("JMPF", len(self.code))
                self.compile(args[2], params)
                self.code[jump_end] = ("JMP", len(self.code))
            elif head == "print":
                self.compile(args[0], params)
                self.emit("PRINT")
            elif head == "do":
                for i, a in enumerate(args):
                    self.compile(a, params)
                    if i < len(args) - 1:
                        self.emit("POP")
            else:
                for a in args:
                    self.compile(a, params)
                self.emit("CALL", head, len(args))
    def define(self, name, params, body):
        jump = self.emit("JMP", None)
        self.functions[name] = (len(self.code), len(params))
        self.compile(body, tuple(params))
        self.emit("RET")
        self.code[jump] = ("JMP", len(self.code))

ARITH = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
         "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b), "MOD": lambda a, b: a % b}

class VMError(Exception):
    pass

def run(code, functions, globals_, max_steps=200000):
    stack, frames, pc, steps, output = [], [], 0, 0, []
    base = 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, *arg = code[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg[0])
        elif op == "LOAD":
            stack.append(stack[base + arg[0]])
        elif op == "GLOBAL":
            if arg[0] not in globals_:
                raise VMError(f"undefined name {arg[0]}")
            stack.append(globals_[arg[0]])
        elif op in ARITH:
            b, a = stack.pop(), stack.pop()
            if op == "MOD" and b == 0:
                raise VMError("modulo by zero")
            stack.append(ARITH[op](a, b))
        elif op == "JMP":
            pc = arg[0]
        elif op == "JMPF":
            if stack.pop() == 0:
                pc = arg[0]
        elif op == "POP":
            stack.pop()
        elif op == "PRINT":
            output.append(stack[-1])
        elif op == "CALL":
            name, argc = arg
            if name not in functions:
                raise VMError(f"unknown function {name}")
            entry, arity = functions[name]
            if arity != argc:
                raise VMError(f"{name} expects {arity} args, got {argc}")
            frames.append((pc, base))
            base = len(stack) - argc
            pc = entry
        elif op == "RET":
            result = stack.pop()
            del stack[base:]
            pc, base = frames.pop()
            stack.append(result)
        else:
            raise VMError(f"bad opcode {op}")
    return stack, output, steps

def execute(program, globals_=None):
    comp = Compiler()
    forms = []
    tokens = tokenize(program)
    while tokens:
        forms.append(parse(tokens))
    main_forms = []
    for form in forms:
        if isinstance(form, list) and form[0] == "def":
            comp.define(form[1], form[2], form[3])
        else:
            main_forms.append(form)
    for form in main_forms:
        comp.compile(form)
    return comp, run(comp.code, comp.functions, globals_ or {})

PROGRAMS = [
    "(+ 1 (* 2 3))",
    "(def fact (n) (if (< n 2) 1 (* n (fact (- n 1))))) (fact 20)",
    "(def fib (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (print (fib 15))",
    "(def gcd (a b) (if (= b 0) a (gcd b (% a b)))) (do (print (gcd 1071 462)) (gcd 17 5))",
    "(def sum (n acc) (if (= n 0) acc (sum (- n 1) (+ acc n)))) (sum 500 0)",
    "(* width height)",
    "(+ missing 1)",
    "(def f (x) x) (f 1 2)",
    "(% 5 0)",
    "(def loop (n) (loop (+ n 1))) (loop 0)",
]

def main():
    comp, _ = execute(PROGRAMS[1])
    for i, ins in enumerate(comp.code):
        print(f"{i:3} {' '.join(map(str, ins))}")
    for src in PROGRAMS:
        try:
            _, (stack, output, steps) = execute(src, {"width": 6, "height": 7})
            print(f"{src[:40]:<42} -> {stack} out={output} steps={steps}")
        except VMError as e:
            print(f"{src[:40]:<42} !! {e}")
        except RecursionError:
            print("recursion")

main()
