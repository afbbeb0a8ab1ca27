# __prepare__ supplies the class body's namespace: here a dict subclass that records the
# order of definitions and refuses duplicates.
class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", mcls.__name__, name, kwargs)
        return OrderedNamespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Record(metaclass=OrderedMeta, flag=True):
    zeta = 1
    alpha = 2

    def method(self):
        return self.zeta + self.alpha

    middle = alpha * 10


print(Record._order)
print(Record().method(), Record.middle)
try:
    class Broken(metaclass=OrderedMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


# A namespace that supplies default values for names the body reads.
class AutoNamespace(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            value = len(self)
            self[key] = value
            return value
        raise KeyError(key)


class AutoMeta(type):
    def __prepare__(name, bases):
        return AutoNamespace()


class Numbers(metaclass=AutoMeta):
    first = auto_a
    second = auto_b
    total = first + second + len([1, 2])


print(Numbers.first, Numbers.second, Numbers.total, Numbers.auto_a)
