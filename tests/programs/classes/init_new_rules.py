# __new__ and __init__: argument checks, __init__'s return value, __new__ returning
# other objects, singletons.
class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


class WithInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(vars(WithInit(1)), vars(WithInit(1, b=5)))
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        return cls._instance

    def __init__(self):
        self.created += 1


s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.created)


class NotMine:
    def __new__(cls, value):
        return [value]

    def __init__(self, value):
        print("never runs")


print(NotMine(3))


class NewOnly:
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.args = args
        obj.kwargs = kwargs
        return obj


n = NewOnly(1, 2, k=3)
print(n.args, n.kwargs)


class PassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


try:
    PassesArgs(1)
except TypeError as e:
    print("TypeError:", e)


class ChainInit:
    def __init__(self, x):
        super().__init__(x)


try:
    ChainInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(Plain)).__name__, isinstance(object(), object))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
