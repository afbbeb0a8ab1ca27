# Lambdas (and comprehensions) in a def's default values: each default is its own function,
# evaluated in the enclosing scope when the def runs; the def's own body is unaffected.


def twice(str=lambda v: v * 2):
    return str(21)


print(twice())
print(twice(lambda v: v + 1))


def keyed(a, key=lambda x: -x, b=3, *, post=lambda y: y * 10):
    return post(key(a) + b)


print(keyed(5), keyed(5, abs), keyed(5, post=str))


def nested():
    offset = 100

    def inner(x, shift=lambda v: v + offset):
        return shift(x) * 2

    return inner(1)


print(nested())


class Shape:
    def area(self, scale=lambda s: s * s, sizes=[n for n in range(3)]):
        return [scale(n) for n in sizes]


print(Shape().area())


def decorate(function):
    def wrapper(*args):
        return ("decorated", function(*args))

    return wrapper


@decorate
def sign(value, test=lambda v: v > 0):
    return "+" if test(value) else "-"


print(sign(3), sign(-3))
print(twice.__name__, keyed.__defaults__[0](4), keyed.__kwdefaults__["post"](2))
