# Descriptors: __get__/__set__/__delete__, __set_name__, data vs non-data precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.storage, None)

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(instance, self.storage, value)

    def __delete__(self, instance):
        print(f"  delete {self.name}")
        delattr(instance, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ada", 36)
print(p.name, p.age, type(Person.name).__name__, Person.age.name, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["age"] = "shadow"
print(p.age)
del p.age
print(p.age)


class NonData:
    def __get__(self, instance, owner):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins"
print(h.attr, Holder().attr)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, instance, owner=None):
        return self.value

    def __set__(self, instance, value):
        raise AttributeError("constant")


class Config:
    VERSION = Constant(3)


c = Config()
print(c.VERSION, Config.VERSION)
try:
    c.VERSION = 4
except AttributeError as e:
    print("AttributeError:", e)


class Method:
    def __init__(self, function):
        self.function = function

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return lambda *args: self.function(instance, *args)


class UsesMethod:
    @Method
    def double(self, x):
        return 2 * x


print(UsesMethod().double(21), type(UsesMethod.double).__name__)


class Late:
    pass


late = Typed(int)
Late.count = late
print(hasattr(late, "name"))
