def f(a: int, b: "x" = 1, *c: float, d: list, e=2, **g: dict) -> str:
    pass


print(f.__annotations__)


def plain(a, b=2):
    pass


print(plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)
print((lambda x: x).__annotations__)


class K:
    def method(self, other: "K") -> None:
        pass

    @staticmethod
    def static(v: int):
        return v


print(K.method.__annotations__, K.static.__annotations__, K().method.__annotations__)


def outer():
    def inner(p: bytes, /, q: set) -> tuple:
        pass

    return inner


print(outer().__annotations__)
f.__annotations__ = {"z": 1}
print(f.__annotations__)
try:
    f.__annotations__ = 3
except TypeError as e:
    print("TypeError", e)
