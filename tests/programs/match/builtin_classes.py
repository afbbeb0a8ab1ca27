# Builtin classes in class patterns: bool, bytes, dict, float, frozenset, int, list, set,
# str and tuple match the subject itself with one positional sub-pattern.

def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting with {first}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case None:
            return "None"
        case object():
            return f"some object: {type(x).__name__}"


for value in [True, False, 0, 5, -3, 2.5, "", b"", "hi", b"hi", [1, 2], [], (1, 2), (1,),
              {"k": 1}, {"j": 2}, {1, 2}, frozenset({3}), None, range(2), print]:
    print(repr(value), "->", kind(value))

# Keyword sub-patterns work on builtins too (attributes and methods).
match 10:
    case int(real=r, imag=i):
        print("int attributes", r, i)

match "abc":
    case str(upper=method):
        print("bound method", method())

# bool is a subclass of int, so int(x) matches True as well.
match True:
    case int(n):
        print("True matched int():", n)

# type() itself is a class: classes are instances of type.
class Thing:
    pass


match Thing:
    case type(__name__=name):
        print("a class named", name)

# Exceptions are classes too.
def handle(error):
    match error:
        case KeyError(args=(key,)):
            return f"missing key {key!r}"
        case ValueError() | TypeError() as e:
            return f"bad value or type: {e}"
        case OSError(args=[code, *_]):
            return f"os error code {code}"
        case Exception(args=args):
            return f"other error with args {args}"


for error in [KeyError("k"), ValueError("v"), TypeError("t"), RuntimeError(1, 2), OSError(5, "io")]:
    print(handle(error))
