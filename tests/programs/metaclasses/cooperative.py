# Cooperative metaclasses combined by multiple inheritance; super() chains through them,
# and __set_name__ and __init_subclass__ run inside type.__new__.
log = []


class Tracing(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"Tracing.new {name}")
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Tracing.init {name}")
        super().__init__(name, bases, ns, **kw)


class Counting(type):
    created = 0

    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"Counting.new {name}")
        Counting.created += 1
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Counting.init {name}")
        super().__init__(name, bases, ns, **kw)


class Both(Tracing, Counting):
    pass


class Field:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")


class Base(metaclass=Both):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {sorted(kw)}")
        super().__init_subclass__()


class Model(Base, tag="m"):
    title = Field()


print("\n".join(log))
print(Both.__mro__)
print(Counting.created, type(Model).__name__, Model.title.name, Model().title)
print(isinstance(Model, Tracing), isinstance(Model, Counting), isinstance(Base, Both))


# A failing __set_name__ is reported as a RuntimeError caused by the original error.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)


try:
    class Holder(metaclass=Both):
        slot = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__context__ is e.__cause__)
