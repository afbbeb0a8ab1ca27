# Or-patterns: alternatives are tried left to right; every alternative binds the same names.

def classify(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b" | ["a" | "b"]:
            return "letter a or b (maybe in a list)"
        case [x, 0] | [0, x] | (x, "zero"):
            return f"pair with a zero, other element {x}"
        case {"id": ident} | [{"id": ident}] | (_, {"id": ident}):
            return f"id {ident}"
        case int() | float() as number:
            return f"number {number}"
        case [(1 | 2) as a, (3 | 4) as b] | [(5 | 6) as b, (7 | 8) as a]:
            return f"a={a} b={b}"
    return "other"


for value in [0, 2, 3, 2.5, "a", ["b"], ["c"], [7, 0], [0, 8], (9, "zero"), {"id": 4},
              [{"id": 5}], ("x", {"id": 6}), [1, 4], [6, 8], [2, 7], None]:
    print(repr(value), "->", classify(value))

# The first alternative that matches wins, even if a later one would bind other values.
match [1, 1]:
    case [1, x] | [x, 1]:
        print("first alternative bound x =", x)

# Nested or-patterns.
for value in [(1, "x"), (2, "y"), (3, "x"), (1, "z")]:
    match value:
        case ((1 | 2), ("x" | "y")) as t:
            print("nested or matched", t)
        case _:
            print("no match for", value)

# A failed alternative's partial captures do not leak: the alternative that matches sets
# every name.
match [10, 20]:
    case [x, 0] | [0, x] if False:
        pass
    case [a, b] | [b, a, _]:
        print("a =", a, "b =", b)

# Or-patterns mixing literals, classes and sequences.
def describe(value):
    match value:
        case None | False:
            return "falsy singleton"
        case [] | () | "" | {}:
            return "empty container"
        case str() | bytes():
            return "text"
        case [*_] | (*_,):
            return "sequence"
        case _:
            return "other"


for value in [None, False, [], (), "", {}, "s", b"b", [1], (1,), 0, {"a": 1}]:
    print(repr(value), describe(value))
