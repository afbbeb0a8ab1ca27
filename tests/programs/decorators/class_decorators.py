# Class decorators: adding methods, registering classes, generating __init__/__repr__/__eq__.
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"

    cls.__repr__ = __repr__
    return cls


def dataclass_like(cls):
    names = cls.fields

    def __init__(self, *args):
        for name, value in zip(names, args):
            setattr(self, name, value)

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    cls.__init__ = __init__
    cls.__eq__ = __eq__
    return auto_repr(cls)


@dataclass_like
class Point:
    fields = ["x", "y"]


p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.x + p.y)

registry = []


def registered(cls):
    registry.append(cls.__name__)
    return cls


@registered
class Alpha:
    pass


@registered
@auto_repr
class Beta:
    def __init__(self):
        self.value = 42


print(registry, Beta(), Alpha.__name__)


def singleton(cls):
    instances = {}

    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]

    return get


@singleton
class Config:
    def __init__(self):
        print("creating Config once")


print(Config() is Config(), type(Config).__name__)


def with_counter(start):
    def decorate(cls):
        cls.counter = start
        original = cls.__init__

        def __init__(self, *args):
            cls.counter += 1
            original(self, *args)

        cls.__init__ = __init__
        return cls

    return decorate


@with_counter(100)
class Tracked:
    def __init__(self, name):
        self.name = name


Tracked("a")
t = Tracked("b")
print(Tracked.counter, t.name)
