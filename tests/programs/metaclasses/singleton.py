# Singletons through a metaclass __call__ override.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []


a = Config("/etc/app", debug=True)
b = Config("/other")
print(a is b, a.path, b.debug)
log1 = Logger()
log2 = Logger()
log1.lines.append("x")
print(log1 is log2, log2.lines)
print(Config is not Logger, len(Singleton._instances))


# A __call__ that changes what calling the class returns.
class Counted(type):
    def __call__(cls, *args):
        instance = super().__call__(*args)
        cls.count = getattr(cls, "count", 0) + 1
        return instance


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


points = [Point(i, i * i) for i in range(4)]
print(Point.count, [p.y for p in points])


# A metaclass __call__ that never calls __init__.
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError("not called")


r = Raw(1, 2)
print(r.args, type(r).__name__)
