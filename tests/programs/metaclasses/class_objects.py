# Classes as objects: their class, mro(), calling type's methods directly, classes with
# metaclasses in patterns, exceptions and decorators.
class Meta(type):
    def __call__(cls, *a):
        return ("called", cls.__name__, a)
class A(metaclass=Meta):
    pass
print(A.__class__, A.__class__.__name__, type.mro(A), Meta.mro(Meta))
print(type(A).__call__(A, 1), A(2), type.__call__(A).__class__.__name__)
match A(3):
    case ("called", name, args):
        print("matched", name, args)
class E(Exception, metaclass=type("EM", (type,), {})):
    pass
try:
    raise E("boom")
except E as e:
    print(type(e).__name__, e, type(E).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class B(metaclass=Meta):
    class Inner(metaclass=Meta):
        pass
print(B.decorated, B.Inner.__qualname__, type(B.Inner).__name__)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type), callable(A))
print(Meta.__name__, Meta.__bases__, Meta.__mro__)
print(type(int), type(type), type(object), isinstance(type, type))
print(list.mro(), int.__mro__)
x = list[int]
print(callable(x), x.__class__, x.__class__.__name__)
print(type(int | str).__module__, (int|str).__class__)
class P:
    pass
class Q(P):
    pass
match Q():
    case P():
        print("P pattern")
print(tuple[int, str].__args__, dict[str, int].__origin__ is dict)
print(repr(type[list[int]]), type[int].__origin__)
try:
    Meta.mro()
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__call__()
except TypeError as e:
    print("TypeError:", e)


# __base__ is the base with the most derived builtin layout.
class Mixin: pass
class Other: pass
class M(Mixin, ValueError): pass
class N(Mixin, Other): pass
class L(Mixin, list): pass
class Meta(type): pass
print(M.__base__, N.__base__, L.__base__, bool.__base__, object.__base__, int.__base__, Meta.__base__, KeyError.__base__)
