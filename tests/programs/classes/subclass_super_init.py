# Mutable builtin subclasses with their own __init__ fill the value through super().__init__.
class History(list):
    def __init__(self, *items, limit=3):
        super().__init__(items)
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]


h = History(1, 2)
h.append(3)
h.append(4)
print(h, h.limit, len(h))
h.extend([5])
print(h)


class Config(dict):
    def __init__(self, defaults, **overrides):
        super().__init__(defaults)
        self.update(overrides)
        self.frozen = False

    def __setitem__(self, key, value):
        if getattr(self, "frozen", False):
            raise KeyError(f"frozen: {key}")
        super().__setitem__(key, value)


c = Config({"debug": False, "level": 1}, level=3)
print(c, c["level"], c.frozen)
c["new"] = 1
c.frozen = True
try:
    c["other"] = 2
except KeyError as e:
    print("KeyError:", e)
print(sorted(c.items()))


class Unique(set):
    def __init__(self, items=()):
        super().__init__(x.lower() for x in items)


print(sorted(Unique(["A", "a", "B"])))


class Reinit(list):
    pass


r = Reinit([1, 2, 3])
r.__init__([9])
print(r)
list.__init__(r, "ab")
print(r)
r2 = Reinit()
print(r2, Reinit.__init__ is list.__init__)


class Both(list):
    def __init__(self, n):
        self.n = n
        super().__init__(range(n))


print(Both(4), Both(4).n)
