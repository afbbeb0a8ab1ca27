# Combinations: star captures inside or-patterns, or-patterns inside class keywords, captures
# used by closures, lambdas and comprehensions in guards and bodies, deep nesting.
for v in [[1, 2, 3], [3, 2, 1], [2, 2]]:
    match v:
        case [1, *rest] | [*rest, 1]:
            print("rest", rest)
        case _:
            print("none")
match {"a": 1, "b": 2}:
    case {"a": _, **rest}:
        print(rest)
match 100000:
    case 100000:
        print("big literal")
match 0:
    case -0.0:
        print("negative zero equals 0")
for v in ["a", "b", "c"]:
    match v:
        case "a" | "b" as s:
            print("s", s)
        case other:
            print("other", other)
class P:
    __match_args__ = ("a",)
    def __init__(self, a): self.a = a
for v in [P([1, 2]), P((3,)), P("x")]:
    match v:
        case P(a=([x, _] | [x]) as whole) | P([x, _] as whole):
            print("class or", x, whole)
        case _:
            print("no")
def f():
    x = [1, 2]
    def g():
        return x
    match x:
        case [a, b]:
            return a + b, g()
print(f())
match (1, 2, 3, 4, 5):
    case (1, *mid, 5) if mid == [2, 3, 4]:
        print("mid", mid)
match [[1, [2, [3, [4]]]]]:
    case [[a, [b, [c, [d]]]]]:
        print(a, b, c, d)
m = {1: "x"}
match m:
    case {1.0: v}:
        print("float key finds int key", v)
match [True]:
    case [1]:
        print("True == 1 in value pattern")
match {"x": 1}:
    case {"x": 1, **kw} if not kw:
        print("empty rest", kw)
def f(ys, v):
    match v:
        case [x, *_] if any(y > x for y in ys):
            return [lambda: x * 2, [x + y for y in ys]]
        case x:
            return x
r = f([1, 5], [3, 4])
print(r[0](), r[1], f([0], [3]))
def g():
    out = []
    for v in range(6):
        match v % 3, v:
            case (0, n):
                out.append(lambda n=n: n)
            case (1, n):
                out.append(lambda: n)
    return [h() for h in out]
print(g())
