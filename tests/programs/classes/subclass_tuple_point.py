# A point as a tuple subclass: __new__ builds the value, properties read it.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def replace(self, **changes):
        values = {"x": self.x, "y": self.y}
        values.update(changes)
        return Point(**values)


p = Point(3, 4)
x, y = p
print(p, p.x, p.y, x, y, len(p), p[0], p[-1], p[:1])
print(p == (3, 4), (3, 4) == p, p != (4, 3), hash(p) == hash((3, 4)), p < (3, 5))
print(p + (1, 1), p + Point(10, 10), tuple(p) + (5,), list(p), sorted(p, reverse=True))
print(p.replace(y=0), p.count(3), p.index(4), 4 in p, isinstance(p, tuple))
print({p: "home"}[(3, 4)], set([p, (3, 4)]) == {(3, 4)}, str(p), [p])
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    pass


pair = Pair([1, 2])
print(pair, repr(pair), type(pair).__name__, Pair(), Pair("ab"), pair * 2, type(pair * 2).__name__)
print(max(Point(1, 9), Point(2, 0)), min([Point(5, 5), Point(1, 2)]))
