# Attribute reads and method calls at one site stay right when classes and instances change
# (the VM caches lookups per site).
class A:
    k = 1

    def m(self):
        return "method"


def read(o):
    return o.k, o.m() if callable(o.m) else o.m


a = A()
print(read(a))
a.k = 2
print(read(a))
a.__dict__["m"] = lambda: "shadowed through __dict__"
print(read(a))


class B:
    def __init__(self):
        self.z = "instance"


def z(o):
    return o.z


b = B()
print(z(b))
B.z = "class attribute added later"
print(z(b), z(B.__new__(B)))


class C(B):
    pass


print(z(C()))


def greet(o):
    return o.hello()


class P:
    def hello(self):
        return "P"


class Q(P):
    def hello(self):
        return "Q"


class R(P):
    pass


print([greet(x) for x in [P(), Q(), R(), P(), Q()]])
P.hello = lambda self: "patched"
print([greet(x) for x in [P(), Q(), R()]])


class S:
    def __getattribute__(self, name):
        return "intercepted " + name


print(z(S()))
