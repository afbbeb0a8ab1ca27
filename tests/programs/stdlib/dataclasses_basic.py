"""dataclasses: the everyday forms - with and without parentheses, defaults, repr, eq."""
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass()
class Pixel:
    x: int = 0
    y: int = 0
    color: str = "black"


p = Point(1, 2)
print(p, p.x, p.y, repr(p))
print(Point(1, 2) == p, Point(2, 1) == p, p == (1, 2))
q = Pixel()
print(q, Pixel(3, color="red"), Pixel(y=5))
q.x = 10
print(q)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__, Pixel.__match_args__)
try:
    hash(p)
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1, y=2, z=3)
except TypeError as err:
    print("TypeError:", err)


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    score: int = field(default=0, repr=False)

    def add(self, who):
        self.members.append(who)
        return self


a = Team("a").add("ann").add("bob")
b = Team("b")
print(a, b, a.score, a.members is not b.members)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)], key=lambda pt: (pt.x, pt.y)))
