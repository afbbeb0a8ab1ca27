# An ABC-like metaclass: __instancecheck__ and __subclasscheck__ decide isinstance and
# issubclass, with virtual subclasses registered after the fact.
class ABCish(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._virtual = []

    def register(cls, subclass):
        cls._virtual.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        print("instancecheck", cls.__name__, type(instance).__name__)
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if any(issubclass(subclass, v) for v in cls._virtual):
            return True
        required = getattr(cls, "_required", ())
        if required and all(hasattr(subclass, name) for name in required):
            return True
        return type.__subclasscheck__(cls, subclass)


class Sized(metaclass=ABCish):
    _required = ("__len__",)


class Drawable(metaclass=ABCish):
    pass


class Circle:
    pass


class Box(Drawable):
    pass


Drawable.register(Circle)
print(isinstance([1, 2], Sized), isinstance(3, Sized))
print(issubclass(dict, Sized), issubclass(int, Sized))
print(isinstance(Circle(), Drawable), isinstance(Box(), Drawable), isinstance("x", Drawable))
print(issubclass(Circle, Drawable), issubclass(Box, Drawable), issubclass(str, Drawable))
print(isinstance(Circle(), (int, Drawable)))
print(issubclass(bool, (str, Sized)))
# The exact type short-circuits: no __instancecheck__ call.
print(isinstance(Box(), Box))
try:
    class Bad(metaclass=ABCish):
        pass
    issubclass(3, Bad)
except TypeError as e:
    print("TypeError", e)


# Class patterns ask the metaclass too.
def kind(value):
    match value:
        case Sized():
            return "sized"
        case Drawable():
            return "drawable"
        case _:
            return "other"


print(kind([1]), kind(Circle()), kind(4))
