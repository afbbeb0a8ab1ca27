# A metaclass that generates __init__, __repr__ and __eq__ from a `fields` declaration,
# the way dataclass-style libraries do.
class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = []
        defaults = {}
        for base in bases:
            fields.extend(getattr(base, "_fields", ()))
            defaults.update(getattr(base, "_defaults", {}))
        fields.extend(ns.get("fields", ()))
        own_defaults = {f: ns[f] for f in fields if f in ns}
        defaults.update(own_defaults)

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{name} takes {len(fields)} arguments")
            values = dict(zip(fields, args))
            for key, value in kwargs.items():
                if key not in fields:
                    raise TypeError(f"{name} has no field {key!r}")
                values[key] = value
            for field in fields:
                if field in values:
                    setattr(self, field, values[field])
                elif field in defaults:
                    setattr(self, field, defaults[field])
                else:
                    raise TypeError(f"{name} missing {field!r}")

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{type(self).__name__}({inner})"

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        ns = dict(ns)
        ns.setdefault("__init__", __init__)
        ns.setdefault("__repr__", __repr__)
        ns.setdefault("__eq__", __eq__)
        for f in own_defaults:
            del ns[f]
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = tuple(fields)
        cls._defaults = defaults
        return cls


class Record(metaclass=RecordMeta):
    fields = ()


class Point(Record):
    fields = ("x", "y")
    y = 0


class Point3(Point):
    fields = ("z",)
    z = 10

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


p = Point(1, 2)
q = Point(x=1)
print(p, q, p == Point(1, 2), p == q, p != q)
r = Point3(-1, 2, z=3)
print(r, r.norm1(), Point3._fields)
print(Point3(5), Point3(5) == Point3(5, 0, 10))
for args, kwargs in [((1, 2, 3), {}), ((), {"w": 1}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(hash(Point) == hash(Point), Point.__eq__ is Point3.__eq__)
