from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)), Point._fields)
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), p + (3,), p * 2, p[:1], list(p))
x, y = p
print(x, y, Point.__doc__, type(p).__name__, isinstance(p, tuple), p < Point(1, 3), max(Point(0, 9), Point(1, 0)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, c=9), P3._field_defaults, P3.__new__.__defaults__ if False else "")
R = namedtuple("R", "a class _b a", rename=True)
print(R._fields, R(1, 2, 3, 4))
Pair = namedtuple("Pair", "left, right")
print(Pair("L", "R"), sorted([Pair(2, "b"), Pair(1, "z"), Pair(2, "a")]))
print({Point(1, 2): "a"}[(1, 2)], Point.x.__doc__, p.count(1), p.index(2))
match p:
    case Point(x=1, y=yy):
        print("matched y", yy)


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4)
print(v, v.length, v + Vector(1, 1), Vector._fields)
