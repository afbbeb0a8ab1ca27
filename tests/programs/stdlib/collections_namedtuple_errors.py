from collections import namedtuple

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
T3 = namedtuple("T3", "a b c")
p = Point(1, 2)
for bad in [lambda: Point(1), lambda: Point(), lambda: P3(), lambda: Point(1, 2, 3), lambda: P3(1, 2, 3, 4),
            lambda: Point(1, z=3), lambda: Point(1, x=3), lambda: p._replace(z=1), lambda: Point._make([1]),
            lambda: T3(), lambda: p.__setattr__("x", 3), lambda: setattr(p, "x", 5),
            lambda: namedtuple("A", "x x"), lambda: namedtuple("A", "x _y"), lambda: namedtuple("A", "x def"),
            lambda: namedtuple("1A", "x"), lambda: namedtuple("A", "x", defaults=[1, 2]), lambda: namedtuple("A", "x-y"),
            lambda: namedtuple("class", "x")]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
