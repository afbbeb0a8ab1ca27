# Errors: metaclass conflicts, bad namespaces, bad arguments to type().
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("E", (A, B), {})
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class F(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
for args in [("G",), ("G", ()), ("G", [], {}), (1, (), {}), ("G", (), []),
             ("G", (), {"__qualname__": 1})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(3, "X", (), {})
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if "required" not in ns:
            raise ValueError(f"{name} must define 'required'")
        return super().__new__(mcls, name, bases, ns)


try:
    class Missing(metaclass=Meta):
        pass
except ValueError as e:
    print("ValueError:", e)


class Fine(metaclass=Meta):
    required = True


print(Fine.required)
try:
    len(Fine)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Fine)
except TypeError as e:
    print("TypeError:", e)
try:
    Fine[0]
except TypeError as e:
    print("TypeError:", e)


class Plain(type):
    pass


for make in [lambda: object.__new__(Plain), lambda: Plain(), lambda: Plain("X"),
             lambda: type.__new__(Plain), lambda: type.__new__(type, 1), lambda: type(),
             lambda: type(1, 2), lambda: type("a", (), {}, 4), lambda: type(1, x=2)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Boom(type):
    def __call__(cls, *args):
        raise RuntimeError("no instances of " + cls.__name__)


class Guarded(metaclass=Boom):
    pass


Guarded()
