# Reads and calls on a class itself (`Base.method(self, ...)`, `Class.CONSTANT`) stay right
# when class namespaces change (the VM caches these lookups per site).
class Base:
    LIMIT = 10
    NAME = "base"

    def __init__(self, value):
        self.value = value

    def scaled(self, factor):
        return self.value * factor

    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls, value):
        return cls(value)

    @property
    def doubled(self):
        return self.value * 2


class Child(Base):
    def __init__(self, value, extra=0):
        Base.__init__(self, value)
        self.extra = extra

    def scaled(self, factor):
        return Base.scaled(self, factor) + self.extra


def run(n):
    results = []
    for i in range(n):
        c = Child(i, 100)
        results.append((c.scaled(2), Base.LIMIT, Child.NAME, Base.helper(i), Child.helper(i)))
    return results


print(run(3))
print(type(Base.make(5)).__name__, type(Child.make(5)).__name__)
print(type(Base.doubled).__name__, Child(4, 0).doubled)

# Reassigning a class attribute or method after the sites have been used.
Base.LIMIT = 20
Base.scaled = lambda self, factor: -self.value * factor
print(run(2))

# A subclass later shadowing its base's attribute.
Child.NAME = "child"
Child.LIMIT = 99
print(run(1), Base.LIMIT, Child.LIMIT)

# Deleting the attribute: the cached site must notice.
del Child.NAME
print(run(1))
del Base.NAME
try:
    run(1)
except AttributeError as exc:
    print("AttributeError:", exc)


# One site seeing a class and its instances in turn.
class K:
    v = "class value"

    def m(self=None):
        return "m of " + type(self).__name__


def read_v(o):
    return o.v


def call_m(o):
    return o.m()


for receiver in [K, K(), K, K()]:
    print(read_v(receiver), call_m(receiver))


# Calls through the cache with the wrong number of arguments raise as usual.
class W:
    def two(self, a):
        return a


def call_two(*args):
    return W.two(*args) if len(args) != 1 else W.two(args[0])


for args in [(W(), 1), (W(),)]:
    try:
        print(W.two(*args))
    except TypeError as exc:
        print("TypeError:", exc)
for i in range(3):
    try:
        print(W.two(W()))
    except TypeError as exc:
        print("TypeError:", exc)


# Nested classes, builtin functions and values reached through a class.
class Outer:
    class Inner:
        def __init__(self, x):
            self.x = x

    join = ",".join
    size = len
    pair = (1, 2)


for i in range(2):
    print(Outer.Inner(i).x, Outer.size("abc"), Outer.pair, Outer.join(["a", "b"]))


# A metaclass that intercepts class attribute reads is always asked.
class Meta(type):
    def __getattribute__(cls, name):
        if name == "answer":
            return "from the metaclass"
        return super().__getattribute__(name)


class M(metaclass=Meta):
    answer = 42

    def f(self):
        return "f"


for i in range(2):
    print(M.answer, M.f(None))


# Builtin classes used as receivers.
for i in range(2):
    print(str.upper("abc"), dict.fromkeys("ab", i), int.__add__(i, 1), list.__len__([1, 2]))


# Replacing a staticmethod by a plain function changes what the class call binds.
class T:
    @staticmethod
    def f(x):
        return ("static", x)


def call_t():
    return T.f(1)


print(call_t(), call_t())
T.f = staticmethod(lambda x: ("replaced", x))
print(call_t())
T.f = classmethod(lambda cls, x: (cls.__name__, x))
print(call_t())
