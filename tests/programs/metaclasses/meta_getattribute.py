# A metaclass __getattribute__ sees every attribute read on its classes; type's own
# __getattribute__ is the default it delegates to. reversed() uses a metaclass __reversed__.
class Audited(type):
    reads = []

    def __getattribute__(cls, name):
        if not name.startswith("_"):
            Audited.reads.append(name)
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return f"<missing {name}>"

    def __reversed__(cls):
        return iter(["z", "y"])


class Thing(metaclass=Audited):
    colour = "red"

    def method(self):
        return "m"


print(Thing.colour, Thing.method(Thing()), Thing.nothing)
print(Audited.reads)
print(type.__getattribute__(Thing, "colour"), list(reversed(Thing)))
try:
    type.__getattribute__(Thing, "nothing")
except AttributeError as e:
    print("AttributeError:", e)


class Sequence(type):
    def __len__(cls):
        return 3

    def __getitem__(cls, index):
        if index >= 3:
            raise IndexError(index)
        return index * 10


class Tens(metaclass=Sequence):
    pass


print(list(Tens), list(reversed(Tens)), 20 in Tens)


# Runaway recursion through metaclass hooks is a RecursionError.
class M(type):
    def __getattribute__(cls, name):
        return cls.x
class RA(metaclass=M): pass
try:
    RA.y
except RecursionError as e:
    print("RecursionError")
class N(type):
    def __len__(cls):
        return len(cls)
class RB(metaclass=N): pass
try:
    len(RB)
except RecursionError as e:
    print("RecursionError")
class P(type):
    def __repr__(cls):
        return repr(cls)
class RC(metaclass=P): pass
try:
    repr(RC)
except RecursionError as e:
    print("RecursionError")
