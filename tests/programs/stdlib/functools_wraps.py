import functools


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        "inner doc"
        print("calling", fn.__name__, len(args))
        return fn(*args, **kwargs)
    return inner


@logged
def hello(name):
    "Say hello."
    return "hi " + name


print(hello("x"), hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__wrapped__("y"))


def source():
    pass


source.attr = 5
source.__doc__ = "source doc"


def target():
    pass


result = functools.update_wrapper(target, source)
print(result is target, target.attr, target.__name__, target.__doc__, target.__wrapped__ is source)


def narrow():
    "narrow"


def other():
    pass


functools.update_wrapper(other, narrow, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Outer:
    def method(self):
        "m"

    @logged
    def decorated(self, n):
        return n * 2


print(Outer().decorated(4), Outer.decorated.__qualname__)
