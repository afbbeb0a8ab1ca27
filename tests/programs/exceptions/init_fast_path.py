# Exception classes with their own __init__, called with plain positional arguments: the
# instance keeps the call's arguments as `args` unless __init__ passes others to super().
class Plain(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Passing(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value}")
        self.field = field


class Deeper(Passing):
    pass


class Lookup(KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Disk(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)


class Bad(Exception):
    def __init__(self, x):
        return 5


for i in range(3):
    p = Plain(i, "x")
    print(p.args, str(p), repr(p), p.a, p.b)
    q = Deeper("f", i)
    print(q.args, str(q), repr(q), q.field, type(q).__name__, isinstance(q, Passing))
    try:
        raise Deeper("g", i)
    except Passing as e:
        print("caught", e, e.field)
    k = Lookup(i)
    print(k.args, str(k), k.key)
    d = Disk("/nope")
    print(d.errno, d.strerror, d.filename, str(d))

try:
    Bad(1)
except TypeError as e:
    print("TypeError:", e)

try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


def make(cls, *args):
    return cls(*args)


print(make(Plain, 1, 2).args, make(Passing, "a", "b").args)
