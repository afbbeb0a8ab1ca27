# A small expression evaluator and simplifier over nested tuples, lists and classes: the
# kind of program match statements are made for.

class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value})"


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


def parse(tree):
    match tree:
        case int() | float() as n:
            return Num(n)
        case str(name):
            return Var(name)
        case [("+" | "-" | "*" | "/") as op, left, right]:
            return BinOp(op, parse(left), parse(right))
        case ["-", operand]:
            return BinOp("-", Num(0), parse(operand))
        case _:
            raise ValueError(f"cannot parse {tree!r}")


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match op, left, right:
                case ("+", Num(0), other) | ("+", other, Num(0)):
                    return other
                case ("*", Num(1), other) | ("*", other, Num(1)):
                    return other
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", a, b if repr(a) == repr(b):
                    return Num(0)
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case _:
            return node


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case BinOp("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case BinOp("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case BinOp("/", a, b):
            return evaluate(a, env) / evaluate(b, env)


programs = [
    ["+", 1, ["*", 2, 3]],
    ["*", ["+", "x", 0], 1],
    ["-", ["*", "y", 0], ["-", "x"]],
    ["-", "x", "x"],
    ["/", ["+", "x", "y"], 2],
    ["+", ["*", 2, 0.5], "z"],
]
env = {"x": 10, "y": 4}
for program in programs:
    tree = parse(program)
    simple = simplify(tree)
    try:
        result = evaluate(simple, env)
    except NameError as error:
        result = f"error: {error}"
    print(program)
    print("   ", simple)
    print("   =", result)

try:
    parse(["%", 1, 2])
except ValueError as error:
    print(error)


# JSON-like records.
records = [
    {"kind": "user", "name": "ada", "tags": ["admin"]},
    {"kind": "user", "name": "bo", "tags": []},
    {"kind": "group", "members": [{"name": "ada"}, {"name": "cy"}]},
    {"kind": "event", "at": (2024, 1, 31), "what": "launch"},
    {"kind": "event", "at": (2024, 2), "what": "bad date"},
    {"kind": "unknown"},
]
for record in records:
    match record:
        case {"kind": "user", "name": name, "tags": ["admin", *_]}:
            print(name, "is an admin")
        case {"kind": "user", "name": name, "tags": []}:
            print(name, "has no tags")
        case {"kind": "group", "members": [*members]}:
            names = []
            for member in members:
                match member:
                    case {"name": str(member_name)}:
                        names.append(member_name)
            print("group of", ", ".join(names))
        case {"kind": "event", "at": (year, month, day), "what": what}:
            print(f"{what} on {year:04d}-{month:02d}-{day:02d}")
        case {"kind": kind}:
            print("cannot handle", kind, record)
