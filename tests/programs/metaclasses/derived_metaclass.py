# The metaclass of a class is the most derived of the explicit one and those of its bases.
class MetaA(type):
    def __new__(mcls, name, bases, ns):
        print("MetaA.__new__ for", name, "with", mcls.__name__)
        return super().__new__(mcls, name, bases, ns)


class MetaB(MetaA):
    def __new__(mcls, name, bases, ns):
        print("MetaB.__new__ for", name)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class C(A, B):
    pass


class D(B, metaclass=MetaA):
    pass


class E(A):
    pass


for cls in (A, B, C, D, E):
    print(cls.__name__, type(cls).__name__)


# type(name, bases, ns) picks the metaclass of the bases too.
F = type("F", (B,), {"x": 1})
print(type(F).__name__, F.x, F.__name__, F.__bases__)
G = type("G", (), {"y": 2, "get": lambda self: self.y})
print(type(G).__name__, G().get(), G.__qualname__, G.__module__)


# A plain function may be the metaclass: it receives the same arguments.
def as_dict(name, bases, ns):
    return {"name": name, "keys": sorted(k for k in ns if not k.startswith("__"))}


class Weird(metaclass=as_dict):
    a = 1

    def b(self):
        pass


print(Weird)


# The metaclass of a metaclass: its __call__ runs for the class statement.
class MetaMeta(type):
    def __call__(mcls, *args, **kwargs):
        print("MetaMeta.__call__", mcls.__name__, args[0] if args else None, kwargs)
        return super().__call__(*args, **kwargs)
class Meta(type, metaclass=MetaMeta):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, flag=1):
    pass
print(type(A).__name__, type(Meta).__name__, type(MetaMeta).__name__)
B = Meta("B", (), {})
print(type(B).__name__)
