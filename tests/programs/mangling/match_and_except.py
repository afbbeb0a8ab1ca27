class A:
    def parse(self, value):
        match value:
            case [__first, *__rest]:
                return __first, __rest
            case {"k": __v, **__others}:
                return __v, __others
            case __whole:
                return __whole

    def fail(self):
        try:
            raise ValueError("x")
        except ValueError as __err:
            return repr(__err)

    def walrus(self):
        if (__n := 5) > 3:
            return __n


a = A()
print(a.parse([1, 2, 3]), a.parse({"k": 1, "j": 2}), a.parse(7))
print(a.fail(), a.walrus())


class Counter:
    def __init__(self):
        self.__n = 0

    def bump(self):
        self.__n += 1
        del self.__n
        self.__n = 10
        return self.__n


print(Counter().bump(), vars(Counter()))
