# Attribute lookup on a class falls back to its metaclass; data descriptors of the
# metaclass win over the class's own namespace, other metaclass attributes do not.
class Meta(type):
    kind = "meta-kind"
    shadowed = "from meta"

    @property
    def label(cls):
        return "label of " + cls.__name__

    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, value):
        print("setting size", value)
        cls._size = value * 2

    def helper(cls, x):
        return (cls.__name__, x)

    @classmethod
    def meta_classmethod(mcls):
        return mcls.__name__

    @staticmethod
    def meta_static(a, b):
        return a + b


class Base(metaclass=Meta):
    shadowed = "from class"
    label = "class attribute named label"
    _size = 1


class Child(Base):
    pass


print(Base.kind, Child.kind)
print(Base.shadowed, Child.shadowed)
print(Base.label, "|", Child.label)
print(Base.helper(1), Child.helper(2))
print(Base.meta_classmethod(), Base.meta_static(2, 3))
print(Base.size)
Child.size = 5
print(Child.size, Base.size, "_size" in Child.__dict__)
# Instances do not see the metaclass.
try:
    Base().kind
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base().helper
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Base, "helper"), hasattr(Base(), "helper"), getattr(Child, "kind"))
bound = Child.helper
print(bound(9), bound.__self__ is Child)


# A metaclass __getattr__ answers for missing class attributes only.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("make_"):
            return lambda: name[5:].upper()
        raise AttributeError(f"{cls.__name__} has no {name}")


class Factory(metaclass=Lazy):
    real = 1


print(Factory.real, Factory.make_widget())
try:
    Factory.other
except AttributeError as e:
    print("AttributeError:", e)
