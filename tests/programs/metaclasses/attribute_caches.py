# Attribute reads and method calls at the same code sites on classes with and without
# metaclasses, and on their instances, while namespaces change: cached lookups must follow.
class Meta(type):
    counter = 0

    @property
    def ticks(cls):
        Meta.counter += 1
        return Meta.counter

    def kind(cls):
        return "meta kind of " + cls.__name__


class WithMeta(metaclass=Meta):
    value = 1

    def kind(self):
        return "instance kind"


class Plain:
    value = 2

    def kind(self):
        return "plain kind"


def read(obj):
    return obj.value


def call(obj):
    return obj.kind()


objects = [WithMeta, WithMeta(), Plain, Plain(), WithMeta, WithMeta()]
print([read(o) for o in objects])
print([call(o) for o in objects if not isinstance(o, type)], Meta.kind(WithMeta))
print([WithMeta.ticks for _ in range(3)])

# Changing the class namespace through the metaclass is seen by every site.
for step in range(4):
    # Once the class's own kind is deleted, the class finds its metaclass's method.
    target = WithMeta() if hasattr(WithMeta(), "kind") else WithMeta
    results = (read(WithMeta), read(WithMeta()), call(target))
    print(step, results)
    if step == 1:
        WithMeta.value = 10
        WithMeta.kind = lambda self: "patched"
    if step == 2:
        del WithMeta.kind


# A metaclass attribute added later is found on the class (but never on instances).
class Late(metaclass=Meta):
    pass


def late(obj):
    try:
        return obj.extra
    except AttributeError:
        return "missing"


print(late(Late), late(Late()))
Meta.extra = "from meta"
print(late(Late), late(Late()))
Late.extra = "own"
print(late(Late), late(Late()))
del Late.extra
del Meta.extra
print(late(Late), late(Late()))


# Instances of classes sharing a metaclass, polymorphic at one site.
class A(metaclass=Meta):
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    pass


print([o.who() for o in [A(), B(), C(), B(), A()]])
C.who = lambda self: "C"
print([o.who() for o in [A(), B(), C(), B(), A()]])
