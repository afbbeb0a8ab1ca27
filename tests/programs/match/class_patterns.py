# Class patterns with hand-written dataclass-like classes: positional sub-patterns through
# __match_args__, keyword sub-patterns, inheritance and overriding of __match_args__.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)


class Point3D(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D(x={self.x!r}, y={self.y!r}, z={self.z!r})"


class Labeled(Point):
    # Inherits __match_args__ from Point.
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def where(p):
    match p:
        case Point3D(0, 0, 0):
            return "3D origin"
        case Point3D(x, y, z=0):
            return f"3D on the floor at {x}, {y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Labeled(x, y, label=str(name)) if x == y:
            return f"labeled diagonal {name} at {x}"
        case Point(x, y) if x == y:
            return f"diagonal at {x}"
        case Point():
            return f"somewhere: {p}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point(x=0, y=0), end=end):
            return f"line from the origin to {end}"
        case Line(a, b):
            return f"line {a} -> {b}"
    return "not geometry"


for value in [
    Point3D(0, 0, 0),
    Point3D(1, 2, 0),
    Point3D(1, 2, 3),
    Point(0, 0),
    Point(0, 5),
    Point(4, 0),
    Labeled(2, 2, "tag"),
    Labeled(2, 3, "tag"),
    Point(3, 3),
    Point(1, 2),
    Line(Point(1, 0), Point(1, 9)),
    Line(Point(0, 0), Point(2, 3)),
    Line(Point(1, 1), Point(2, 3)),
    (0, 0),
    None,
]:
    print(where(value))


# Keyword sub-patterns look attributes up with getattr: methods, class attributes and
# properties count; a missing attribute fails the match.
class Account:
    kind = "account"

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def describe(self):
        return f"{self.owner}: {self._balance}"


for account in [Account("ann", 0), Account("bob", 50)]:
    match account:
        case Account(kind="account", balance=0, owner=who):
            print(who, "is broke")
        case Account(balance=b, describe=method) if b > 10:
            print("rich:", method())

match Account("cy", 1):
    case Account(missing=value):
        print("unexpected", value)
    case Account(owner=o, _balance=b):
        print("private attribute", o, b)

# A class without __match_args__ accepts keyword sub-patterns only.
class Bare:
    def __init__(self):
        self.a = 1


match Bare():
    case Bare(a=1):
        print("bare matched by keyword")

# Positional sub-patterns may be any pattern, including or-patterns and captures.
for p in [Point(1, "a"), Point(2, "b"), Point(3, "c")]:
    match p:
        case Point(1 | 2 as n, ("a" | "b") as letter):
            print("small point", n, letter)
        case Point(_, _):
            print("other point", p)

# The class expression can be any dotted name.
class shapes:
    Point = Point
    Line = Line


match Line(Point(0, 1), Point(2, 3)):
    case shapes.Line(shapes.Point(a, b), shapes.Point(c, d)):
        print("dotted classes", a, b, c, d)

# isinstance semantics: subclasses match the base class pattern.
match Labeled(7, 8, "x"):
    case Point(x, y):
        print("a Labeled is a Point", x, y)

# __match_args__ can be changed at run time; it is read on each match.
Point.__match_args__ = ("y", "x")
match Point(1, 2):
    case Point(first, second):
        print("swapped order", first, second)
