__module_level = "global"


class A:
    __value = 10
    doubled = __value * 2

    def __helper(self):
        return "helper"

    class __Nested:
        pass

    import math as __math
    from math import pi as __pi

    def use(self):
        return self.__helper(), self.__Nested.__name__, self.__Nested.__qualname__, self.__math.floor(self.__pi)

    def read_global(self):
        try:
            return __module_level
        except NameError as e:
            return "NameError: " + str(e)

    def __dunder__(self):
        return "not mangled"


print(A.doubled, A().use(), A().read_global(), A().__dunder__())
print(A._A__helper.__name__, A._A__helper.__qualname__)
print(sorted(k for k in vars(A) if k.startswith("_A")))
_A__module_level = "mangled global"
print(A().read_global())
