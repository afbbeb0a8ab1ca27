# Classes whose __init__ is a closure (it uses super() or __class__, or captures a variable
# of an enclosing function), created in loops: the instance and its attributes must be the
# same as when __init__ runs through the general path.
class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x * 2)
        self.y = y
        self.cls_name = __class__.__name__


class Grandchild(Child):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def make_class(offset):
    class Local:
        def __init__(self, v):
            self.v = v + offset

    return Local


class Returns(Base):
    def __init__(self, x):
        super().__init__(x)
        return x


total = 0
for i in range(5):
    c = Child(i, "y")
    g = Grandchild(i, i + 1, i + 2)
    total += c.x + g.x + g.y + g.z
    print(c.x, c.y, c.cls_name, g.x, g.y, g.z, g.cls_name, type(g).__name__)
Local = make_class(100)
print([Local(i).v for i in range(4)])
print(total)
for value in (None, 3):
    try:
        r = Returns(value)
        print("made", r.x)
    except TypeError as e:
        print("TypeError:", e)
try:
    Child(1)
except TypeError as e:
    print("TypeError:", e)
