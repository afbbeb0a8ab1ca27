def record(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {name: cls.__dict__[name] for name in fields if name in cls.__dict__}

    def __init__(self, *args, **kwargs):
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, kwargs.get(name, defaults.get(name)))

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{cls.__name__}({inner})"

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls


@record
class Person:
    name: str
    age: int = 0
    email: str = "none"


print(Person("Ada", 36), Person("Bob", email="b@x"))
print({k: v.__name__ for k, v in Person.__annotations__.items()})
