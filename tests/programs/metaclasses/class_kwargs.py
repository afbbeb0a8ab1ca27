# Keyword arguments of a class statement reach __prepare__, the metaclass's __new__ and
# __init__, and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, sorted(kwargs.items()))
        return {}

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(kwargs.items()))
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, sorted(kwargs.items()))
        super().__init__(name, bases, ns, **kwargs)


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        print("init_subclass", cls.__name__, repr(prefix))


class A(Base, prefix="a_"):
    pass


class B(A):
    pass


print(A.prefix, repr(B.prefix))


# Without a metaclass, keywords go to __init_subclass__ only.
class Plugin:
    kinds = {}

    def __init_subclass__(cls, kind, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.kinds[kind] = cls


class Json(Plugin, kind="json"):
    pass


class Xml(Plugin, kind="xml"):
    pass


print(sorted(Plugin.kinds), Plugin.kinds["xml"].__name__)
try:
    class Nothing(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Extra(Json, kind="x", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
