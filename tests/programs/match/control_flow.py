# match statements inside loops, try statements and functions: break, continue, return,
# exceptions raised in case bodies, and cases without a match falling through.

def run(program):
    stack = []
    output = []
    for instruction in program:
        match instruction.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["mul"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ["print"]:
                output.append(stack[-1])
            case ["skip"]:
                continue
            case ["halt"]:
                break
            case ["return", *rest]:
                return ("returned", rest, output)
            case []:
                output.append("blank")
            case [op, *args]:
                output.append(f"unknown {op} {args}")
    else:
        output.append("ran to the end")
    return ("finished", stack, output)


print(run(["push 2", "push 3", "add", "print", "push 4", "mul", "print"]))
print(run(["push 1", "halt", "push 2"]))
print(run(["push 1", "skip", "", "frobnicate a b", "return now please", "print"]))

# No case matches: nothing happens.
match 5:
    case 1:
        print("one")
    case "5":
        print("string five")
print("no case matched")

# Exceptions in case bodies and in patterns propagate to an enclosing try.
def risky(value):
    try:
        match value:
            case [x]:
                return 10 // x
            case {"key": k}:
                return {"other": 1}[k]
    except ZeroDivisionError:
        return "division by zero"
    except KeyError as error:
        return f"missing {error}"
    finally:
        print("  finally for", value)


for value in [[2], [0], {"key": "other"}, {"key": "nope"}, 3]:
    print(risky(value))

# match inside an except handler, on the exception.
for exc in [ValueError("bad"), KeyError("k"), OSError("os")]:
    try:
        raise exc
    except Exception as error:
        match error:
            case ValueError(args=[message]):
                print("value error:", message)
            case KeyError():
                print("key error")
            case _:
                print("something else:", type(error).__name__)

# Deeply nested match statements.
def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "int/int"
                case str():
                    return "int/str"
        case str():
            match b:
                case int():
                    return "str/int"
                case _:
                    return "str/other"
    return "other"


print(nested(1, 2), nested(1, "s"), nested("s", 1), nested("s", None), nested(None, None))

# while loop with match driving a small state machine.
state = "start"
steps = 0
while True:
    steps += 1
    match state, steps:
        case "start", _:
            state = "middle"
        case "middle", n if n < 4:
            state = "middle"
        case "middle", _:
            state = "end"
        case "end", _:
            break
print("state machine took", steps, "steps")
