# Static and class methods called and read through instances at sites the VM caches: the
# right first argument, instance attributes shadowing them, subclasses, reassignment.
class Shape:
    sides = 0

    @staticmethod
    def describe(n):
        return f"{n} sides"

    @classmethod
    def kind(cls, suffix=""):
        return cls.__name__ + suffix

    @classmethod
    def count(cls):
        return cls.sides

    def report(self):
        return self.describe(self.sides), self.kind("!"), self.count()


class Square(Shape):
    sides = 4


class Triangle(Shape):
    sides = 3

    @staticmethod
    def describe(n):
        return f"three ({n})"


def run(objects):
    return [o.report() for o in objects]


shapes = [Shape(), Square(), Triangle(), Square()]
for _ in range(2):
    print(run(shapes))
print(Square().describe.__qualname__, Square().describe(9))

# An instance attribute shadows the static method (non-data descriptor).
s = Square()
s.describe = lambda n: "shadowed"
print(s.report(), Square().report())
s.kind = lambda suffix: "shadowed kind"
print(s.report())

# Replacing the descriptors on the class.
Shape.describe = staticmethod(lambda n: f"replaced {n}")
Shape.kind = classmethod(lambda cls, suffix="": "replaced " + cls.__name__)
print(run(shapes))
Shape.count = lambda self: ("now a method", type(self).__name__)
print(run(shapes))

# A static method wrapping a builtin, and a class method of a builtin.
class Wrapper:
    size = staticmethod(len)
    make = classmethod(repr)

    def sizes(self):
        return self.size("abc"), Wrapper.size([1]), self.make()


for _ in range(2):
    print(Wrapper().sizes())

# Wrong argument counts raise as usual.
class Strict:
    @staticmethod
    def one(x):
        return x

    @classmethod
    def none(cls):
        return cls.__name__


for args in [(), (1,), (1, 2)]:
    for method in ["one", "none"]:
        try:
            print(method, getattr(Strict(), method)(*args))
        except TypeError as exc:
            print("TypeError:", exc)
for i in range(2):
    try:
        Strict().one()
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        Strict().none(i)
    except TypeError as exc:
        print("TypeError:", exc)
    print(Strict().one(i), Strict().none())
