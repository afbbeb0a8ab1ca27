import sys
import types


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(gen(), types.GeneratorType))
print(isinstance(sys, types.ModuleType), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.FunctionType, types.MethodType, types.GeneratorType, types.ModuleType)
print(types.GenericAlias, types.UnionType, type(list[int]) is types.GenericAlias)
print(isinstance(int | str, types.UnionType), types.GenericAlias(list, (int,)))

m = types.ModuleType("plugin", "A plugin.")
m.value = 3
print(m, m.__name__, m.__doc__, m.value, types.ModuleType("bare").__doc__)
bound = types.MethodType(lambda self, x: (self, x), "obj")
print(bound(1))

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[1, 2]))
print(ns != types.SimpleNamespace(), ns == 3)
ns.self = ns
print(ns)
print(types.SimpleNamespace.__name__)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1))
for bad in [lambda: types.SimpleNamespace(1), lambda: hash(types.SimpleNamespace())]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)

proxy = types.MappingProxyType({"k": 1, "j": 2})
print(proxy, proxy["k"], len(proxy), "j" in proxy, list(proxy), proxy.get("z", 0))
print(list(proxy.items()), proxy.copy(), proxy == {"k": 1, "j": 2}, proxy | {"z": 3})
try:
    proxy["k"] = 5
except TypeError as err:
    print("TypeError", err)
try:
    types.MappingProxyType([1])
except TypeError as err:
    print("TypeError", err)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwds):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


def body(ns):
    ns["x"] = 10


D = types.new_class("D", (C,), {"metaclass": Meta}, body)
print(D.__name__, D.x, D.made_by, type(D).__name__, issubclass(D, C))
print(types.prepare_class("E", (D,)))
print(types.resolve_bases((int, list[int])))
E = types.new_class("E", (list[int],))
print(E.__bases__, E.__orig_bases__)
