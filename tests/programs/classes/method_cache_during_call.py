# A method called through a site's cache keeps running, with the right frame, when the call
# itself changes what the site would find: the method is replaced on the class, deleted,
# shadowed by the instance, or overridden in a subclass, during its own call.


class A:
    def step(self, n):
        if n == 1:
            # Replaces the method while it runs: the running call is unaffected.
            A.step = lambda self, n: "replaced %d" % n
        return "original %d" % n


def call_all(objects):
    return [obj.step(i) for i, obj in enumerate(objects)]


print(call_all([A(), A(), A(), A()]))


class B:
    def go(self):
        del B.go
        return "went"


b = B()
print(b.go())
try:
    b.go()
except AttributeError as error:
    print("AttributeError:", error)


class C:
    def run(self):
        self.run = lambda: "shadowed"
        return "class method"


c = C()
print(c.run(), c.run(), C().run())


class Base:
    def who(self):
        # Gives the subclass its own method while a call through the base's runs.
        Derived.who = lambda self: "Derived.who"
        return "Base.who"


class Derived(Base):
    pass


d = Derived()
print([d.who() for _ in range(3)])


class F:
    def __init__(self, depth):
        self.depth = depth

    def recurse(self):
        if self.depth == 0:
            return 0
        return 1 + F(self.depth - 1).recurse()


print(F(50).recurse())


class G:
    def method(self, *args):
        return len(args)

    def defaults(self, a, b=2):
        return a + b


g = G()
print(g.method(), g.method(1, 2), g.defaults(1), g.defaults(1, 5))
for _ in range(3):
    print(g.method(1), g.defaults(3))
