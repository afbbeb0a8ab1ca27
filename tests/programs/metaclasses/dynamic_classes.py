# Classes made by calling type(name, bases, namespace) directly.
def init(self, value):
    self.value = value


def describe(self):
    return f"{type(self).__name__}({self.value})"


Box = type("Box", (), {"__init__": init, "describe": describe, "kind": "box"})
print(Box, Box.__name__, Box.__qualname__, Box.__module__, Box.__bases__)
b = Box(3)
print(b.describe(), b.kind, isinstance(b, Box), type(b) is Box)

BigBox = type("BigBox", (Box,), {"kind": "big", "double": lambda self: self.value * 2})
bb = BigBox(21)
print(bb.describe(), bb.kind, bb.double(), BigBox.__mro__)
print(sorted(k for k in BigBox.__dict__ if not k.startswith("__")))

Empty = type("Empty", (), {})
print(Empty.__doc__, Empty.__dict__["__module__"], type(Empty()) is Empty)

Documented = type("Documented", (object,), {"__doc__": "A docstring.", "__qualname__": "Outer.Documented"})
print(Documented.__doc__, Documented.__qualname__, Documented)

# The namespace is copied: later changes to the dict do not reach the class.
ns = {"a": 1}
Copied = type("Copied", (), ns)
ns["a"] = 2
ns["b"] = 3
print(Copied.a, hasattr(Copied, "b"))

# A class made from a metaclass by calling it directly.
class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made_by = "Meta"


Made = Meta("Made", (), {"x": 1})
print(Made.made_by, Made.x, type(Made).__name__, Made.__bases__)
print(type(type), type(Meta), type(Made), type(Made()))

# Reassigned __module__, __qualname__ and __name__ show in reprs and reads.
Renamed = type("Renamed", (), {})
Renamed.__module__ = "library.models"
Renamed.__qualname__ = "Outer.Renamed"
print(Renamed, Renamed.__module__, Renamed.__qualname__, list[Renamed])
Renamed.__name__ = "Other"
print(Renamed.__name__, Renamed)
