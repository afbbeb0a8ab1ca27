from functools import lru_cache

calls = []


@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


print([square(i) for i in [1, 2, 1, 3, 2, 1]], calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(4), square.cache_parameters())


@lru_cache
def plain(x):
    return x


print(plain(1), plain(1), plain.cache_info(), type(plain.cache_info()).__name__, plain.cache_info().hits)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info(), kind.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache()
def add(a, b=1):
    return a + b


print(add(1), add(1, b=1), add(a=1), add(1), add.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
try:
    add([1])
except TypeError as e:
    print("TypeError:", e)
info = square.cache_info()
print(info._fields, info.maxsize, info._asdict())

print(type(square.cache_info()), type(square.cache_info()).__module__)
