# type(name, bases, namespace) creates classes like the class statement.
def greet(self):
    return f"hello from {type(self).__name__} {self.value}"


Base = type("Base", (), {"value": 1, "greet": greet, "__doc__": "made by type()"})
b = Base()
print(Base, Base.__name__, Base.__qualname__, Base.__doc__, Base.__bases__, b.greet())


def init(self, value):
    self.value = value


Derived = type("Derived", (Base,), {"__init__": init, "double": lambda self: self.value * 2})
d = Derived(21)
print(d.greet(), d.double(), isinstance(d, Base), issubclass(Derived, Base), Derived.__mro__)
Numbers = type("Numbers", (list,), {"total": lambda self: sum(self)})
n = Numbers([1, 2, 3])
print(n, n.total(), type(n).__name__)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__, Empty().__class__.__name__)
print(type(5), type("x"), type(Empty()), type(Empty))
for args in [("X", [], {}), (1, (), {}), ("X", (), []), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", ())
except TypeError as e:
    print("TypeError:", e)
WithSlots = type("WithSlots", (), {"__slots__": ("a",)})
w = WithSlots()
w.a = 1
try:
    w.b = 2
except AttributeError as e:
    print("AttributeError:", e)
