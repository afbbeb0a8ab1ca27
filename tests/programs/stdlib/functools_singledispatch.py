from functools import singledispatch


@singledispatch
def describe(x):
    return "object " + repr(x)


@describe.register(int)
def _(x):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d: " % len(x) + ", ".join(describe(i) for i in x)


describe.register(str, lambda x: "str " + x)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x):
    return "animal " + type(x).__name__


print(describe(1), describe(True), describe([1, "a", 2.5]), describe(1.5), describe(Dog()))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object], describe.__name__)
print(sorted(c.__name__ for c in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
