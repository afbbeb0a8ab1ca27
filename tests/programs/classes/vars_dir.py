# vars() and dir() of instances, classes and builtin values.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Thing(Base):
    kind = "thing"

    def __init__(self):
        self.size = 3
        self._hidden = True

    def act(self):
        pass


t = Thing()
print(vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t), "__dict__" in dir(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}), "__add__" in dir(1))
print(dir(object()) == dir(object))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("a", "b")


print([n for n in dir(Slotted()) if not n.startswith("__")], "__dict__" in dir(Slotted()))
