class A:
    __items = [1, 2, 3]
    squares = [x * x for x in __items]
    __count = 2
    pairs = [(__i, __i + 1) for __i in range(__count)]

    def method(self):
        __local = 7

        def inner():
            return __local

        total = sum(__v for __v in self.__items)
        return inner(), total

    def uses_global(self):
        global __counter
        __counter = 1
        return __counter


print(A.squares, A.pairs, A().method(), A().uses_global())
print(_A__counter)
print(sorted(k for k in vars(A) if k.startswith("_A")))


def factory():
    class Local:
        __secret = "s"

        def reveal(self):
            return self.__secret

    return Local


L = factory()
print(L().reveal(), L._Local__secret)
