# __name__, __qualname__, __module__, __doc__, __dict__, __bases__ and __mro__ of classes.
class Outer:
    """Outer docs."""

    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass

        return Local


class Child(Outer):
    pass


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer().make().__name__)
print(Child.__doc__, Child.__bases__, Child.__mro__)
print(Outer.__bases__, object.__bases__, int.__mro__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "__doc__" in Outer.__dict__)
print("make" in Child.__dict__, "make" in Outer.__dict__, Outer.__dict__["make"].__name__)
print(repr(Outer), str(Child), repr(Outer.Inner), repr(int), repr(type))
print(type(Outer), type(Outer()) is Outer, Outer().__class__ is Outer, type(type), type(object))
print(Outer().__class__.__name__, Outer.Inner().__class__.__qualname__)
o = Outer()
o.a = 1
o.b = [2]
print(o.__dict__, vars(o) is o.__dict__)
o.__dict__["c"] = 3
print(o.c, sorted(vars(o)))


def f():
    """Function docs."""


print(f.__doc__, f.__name__, f.__qualname__, f.__module__)


class NoDoc:
    x = 1


print(NoDoc.__doc__, NoDoc().__doc__, Outer().__doc__)
