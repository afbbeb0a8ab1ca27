# Rich comparisons: reflection, NotImplemented, sorting with __lt__ only, != from __eq__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, b > a, a == Version("1.2"), a != b, a != Version("1.2"))
print(sorted([Version("2.0"), a, b]), max(a, b), min([b, a]))
print(a == "1.2", "1.2" == a, a != "1.2")
for expr in ["a <= b", "a >= b", "a < 1", "1 > a"]:
    try:
        result = {"a <= b": lambda: a <= b, "a >= b": lambda: a >= b,
                  "a < 1": lambda: a < 1, "1 > a": lambda: 1 > a}[expr]()
        print(expr, result)
    except TypeError as e:
        print(expr, "TypeError:", e)


class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented


class LoudChild(Loud):
    pass


try:
    Loud("x") < Loud("y")
except TypeError as e:
    print("TypeError:", e)
try:
    Loud("base") < LoudChild("child")
except TypeError as e:
    print("TypeError:", e)


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


e = AlwaysEqual()
print(e == 1, 1 == e, e != 1, e in [5], [e] == [7], (e, 1) == (2, 1))


class Chain:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Chain(1) <= Chain(2) <= Chain(3), Chain(3) >= Chain(4))


class ReturnsOther:
    def __eq__(self, other):
        return "truthy"

    def __lt__(self, other):
        return 0


print(ReturnsOther() == 1, ReturnsOther() != 1, ReturnsOther() < 1)
print(bool(ReturnsOther() < 1), [ReturnsOther()] == [1])
