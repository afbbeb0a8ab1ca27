# __slots__: only the listed attributes may be set, and instances have no __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Open(Point):
    pass


o = Open(1, 2)
o.anything = 5
print(o.anything, o.x)


class One:
    __slots__ = "only"


one = One()
one.only = 1
print(one.only)
try:
    one.other = 2
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, hasattr(w, "c"))
print(sorted(Point.__slots__), One.__slots__)
