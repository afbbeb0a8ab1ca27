# A namedtuple-like record factory built with type(name, bases, ns), plus property deleters,
# __getattribute__ auditing, two-argument super() and reflected operators via sum().

def make_record(name, field_names, defaults=()):
    fields = tuple(field_names.replace(",", " ").split())
    defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name} takes at most {len(fields)} arguments ({len(args)} given)")
        values = dict(defaults)
        values.update(zip(fields, args))
        values.update(kwargs)
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f"{name} missing {', '.join(missing)}")
        for f in fields:
            object.__setattr__(self, f, values[f])

    def __setattr__(self, key, value):
        raise AttributeError(f"{name} is immutable")

    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in fields))

    def __iter__(self):
        return (getattr(self, f) for f in fields)

    def _replace(self, **changes):
        return type(self)(**{**{f: getattr(self, f) for f in fields}, **changes})

    ns = {"__init__": __init__, "__setattr__": __setattr__, "__repr__": __repr__, "__eq__": __eq__,
          "__hash__": __hash__, "__iter__": __iter__, "_replace": _replace, "_fields": fields}
    return type(name, (object,), ns)


class Amount:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Amount(self.value + (other.value if isinstance(other, Amount) else other))

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"Amount({self.value})"


class Audited:
    def __init__(self):
        object.__setattr__(self, "reads", [])
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting", self._c)
        del self._c


class Base:
    def hello(self):
        return "base"

    @classmethod
    def kind(cls):
        return f"Base.kind({cls.__name__})"


class Child(Base):
    def hello(self):
        return "child+" + super(Child, self).hello()

    @classmethod
    def kind(cls):
        return "Child>" + super().kind()


def main():
    Point = make_record("Point", "x, y", defaults=(0,))
    p, q = Point(1, 2), Point(x=3)
    print(p, q, p == Point(1, 2), p != q, Point._fields, type(p).__name__, len({p, Point(1, 2), q}))
    x, y = p
    print(x + y, list(q), p._replace(y=9), sorted([tuple(q), tuple(p)]))
    for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: setattr(p, "x", 5)]:
        try:
            bad()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    print(sum([Amount(1), Amount(2), Amount(3)]), 5 + Amount(1), Amount(2) + 3)
    a = Audited()
    a.x
    getattr(a, "x")
    try:
        a.y
    except AttributeError as e:
        print("AttributeError:", e)
    print(a.reads)
    t = Temperature(21)
    t.celsius += 1
    print(t.celsius)
    del t.celsius
    print(hasattr(t, "_c"), hasattr(t, "celsius"))
    print(Child().hello(), Child.kind(), Base.kind())


main()
