# __getattr__ (fallback), __getattribute__ (every access), __setattr__ and __delattr__.
class Defaults:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        if name.startswith("x_"):
            return f"computed {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


d = Defaults()
print(d.real, d.x_anything, getattr(d, "x_y"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)


class Traced:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if name != "log":
            print("  get", name)
        return super().__getattribute__(name)

    def method(self):
        return self.value * 10


t = Traced()
print(t.value, t.method())
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        print("  set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "age":
            raise AttributeError("age is required")
        super().__delattr__(name)


v = Validated()
v.age = 3
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
del v.name
try:
    del v.age
except AttributeError as e:
    print("AttributeError:", e)
print(vars(v))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


target = Target()
p = Proxy(target)
p.color = "red"
print(target.color, p.color, "color" in vars(p), vars(target))


class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


b = Both()
b.x = 1
print(b.x, b.special, b.other)
