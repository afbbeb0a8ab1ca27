# __init_subclass__: a registry of subclasses, keyword arguments in the class statement.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, cls.__name__)


class Csv(Plugin):
    pass


class Json(Plugin, name="json-v2"):
    pass


class Special(Json):
    pass


print(sorted(Plugin.registry), Plugin.registry["json-v2"] is Json)


class Counted:
    subclasses = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.rank = Counted.subclasses


class A(Counted):
    pass


class B(A):
    pass


print(Counted.subclasses, A.rank, B.rank, hasattr(Counted, "rank"))
try:
    class Bad(Csv, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain:
        pass

    class Child(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Required:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "handle"):
            raise TypeError(f"{cls.__name__} must define handle()")


class Good(Required):
    def handle(self):
        return "handled"


try:
    class Missing(Required):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good().handle())
