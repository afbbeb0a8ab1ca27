# Objects that stand for types (as typing's aliases do) take part in isinstance and
# issubclass through their class's __instancecheck__/__subclasscheck__, and in unions
# through __or__/__ror__.
class Alias:
    def __init__(self, origin, name):
        self.origin = origin
        self.name = name

    def __instancecheck__(self, obj):
        return isinstance(obj, self.origin)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.origin)

    def __repr__(self):
        return "typing." + self.name

    def __or__(self, other):
        return ("Union", self, other)

    def __ror__(self, other):
        return ("Union", other, self)


List = Alias(list, "List")
Number = Alias((int, float), "Number")
print(isinstance([], List), isinstance((), List), isinstance(2.5, Number), isinstance("x", Number))
print(issubclass(bool, Number), issubclass(str, List), isinstance(3, (str, Number)))
print(int | List, List | None, List | Number)
print(isinstance(3, int | str) and not isinstance(3, str | None))

# An instance attribute named __instancecheck__ is not used: the class is asked.
odd = Alias(str, "Odd")
odd.__instancecheck__ = lambda obj: True
print(isinstance(1, odd))
try:
    isinstance(1, object())
except TypeError as e:
    print("TypeError:", e)
