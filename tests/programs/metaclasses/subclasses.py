# cls.__subclasses__(): the direct subclasses in creation order, as ABC-style subclass
# checks walk them.
class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print(Base.__subclasses__(), Left.__subclasses__(), Right.__subclasses__())
print(Both.__subclasses__(), object.__subclasses__ is not None)
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print(bool in int.__subclasses__(), type.__subclasses__(Left))


class Meta(type):
    def all_subclasses(cls):
        found = []
        for sub in cls.__subclasses__():
            found.append(sub.__name__)
            found.extend(sub.all_subclasses())
        return found


class Root(metaclass=Meta):
    pass


class Mid(Root):
    pass


class Leaf1(Mid):
    pass


class Leaf2(Mid):
    pass


print(Root.all_subclasses(), type(Leaf2).__name__)
Dynamic = type("Dynamic", (Root,), {})
print(Root.all_subclasses())
try:
    Base.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Base.mro(1)
except TypeError as e:
    print("TypeError:", e)
