# The builtin descriptors expose __get__/__set__/__delete__, as class-building code
# (enum, dataclasses) relies on to tell descriptors from plain values.
class C:
    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm(x):
        return x * 2

    @property
    def prop(self):
        return self._p

    @prop.setter
    def prop(self, value):
        self._p = value

    @prop.deleter
    def prop(self):
        del self._p


ns = C.__dict__
for name in ["method", "cm", "sm", "prop"]:
    value = ns[name]
    print(name, hasattr(value, "__get__"), hasattr(value, "__set__"), hasattr(value, "__delete__"))
print(hasattr(1, "__get__"), hasattr("s", "__get__"), hasattr(C, "__get__"))
c = C()
print(ns["method"].__get__(c, C)(), ns["method"].__get__(None, C) is ns["method"])
print(ns["cm"].__get__(c, C)(), ns["cm"].__get__(None, C)(), ns["sm"].__get__(c)(21))
ns["prop"].__set__(c, 5)
print(ns["prop"].__get__(c, C), c.prop, ns["prop"].__get__(None, C) is ns["prop"])
ns["prop"].__delete__(c)
print(hasattr(c, "_p"))
ro = property(lambda self: 1)
try:
    ro.__set__(c, 2)
except AttributeError as e:
    print("AttributeError:", e)


def plain(self, x):
    return (self, x)


bound = plain.__get__("receiver")
print(bound(1), type(bound).__name__)
