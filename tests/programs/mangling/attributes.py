class A:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self._z = 3

    def get(self):
        return self.__x


a = A()
print(vars(a))
print(a._A__x, a.get())
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)


class Base:
    __s = "base"

    def get(self):
        return self.__s


class Derived(Base):
    __s = "derived"

    def get_derived(self):
        return self.__s


d = Derived()
print(d.get(), d.get_derived())
print(sorted(k for k in vars(Base) if "s" in k and not k.startswith("__")))
print(sorted(k for k in vars(Derived) if "s" in k and not k.startswith("__")))
