class _Leading:
    __a = 1


class __Dunder__Like:
    __b = 2


class ___:
    __c = 3


class __Private:
    __d = 4


for cls in (_Leading, __Dunder__Like, ___, __Private):
    print(cls.__name__, [k for k in vars(cls) if k.endswith(("a", "b", "c", "d")) and k != "__module__"])


class Outer:
    class Inner:
        __e = 5

        def get(self):
            return self.__e

    __f = 6

    def get(self):
        return self.__f


print(Outer.Inner._Inner__e, Outer.Inner().get(), Outer._Outer__f, Outer().get())
