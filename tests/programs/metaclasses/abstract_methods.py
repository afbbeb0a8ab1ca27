# Setting __abstractmethods__ on a class (what abc.ABCMeta does) stops object.__new__ from
# making instances, with CPython's message; clearing it allows them again.
def abstractmethod(function):
    function.__isabstractmethod__ = True
    return function


class ABCLike(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for k in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, k, None), "__isabstractmethod__", False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls


class Base(metaclass=ABCLike):
    @abstractmethod
    def load(self):
        pass

    @abstractmethod
    def save(self):
        pass


class Half(Base):
    def load(self):
        return "loaded"


class Full(Half):
    def __init__(self, name):
        self.name = name

    def save(self):
        return "saved " + self.name


for cls in (Base, Half):
    for attempt in range(2):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
f = Full("doc")
print(f.load(), f.save(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)


class Manual:
    def __init__(self, x):
        self.x = x


print(Manual(1).x)
Manual.__abstractmethods__ = frozenset({"zeta", "alpha"})
try:
    Manual(2)
except TypeError as e:
    print("TypeError:", e)
Manual.__abstractmethods__ = frozenset()
print(Manual(3).x)
Manual.__abstractmethods__ = {"only"}
try:
    Manual(4)
except TypeError as e:
    print("TypeError:", e)
del Manual.__abstractmethods__
print(Manual(5).x)


class Sub(Manual):
    pass


Manual.__abstractmethods__ = frozenset({"m"})
print(Sub(6).x)


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


WithNew.__abstractmethods__ = ("a", "b")
try:
    WithNew()
except TypeError as e:
    print("TypeError:", e)
try:
    object().__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    Full.__abstractmethods__ = 0
    print(Full("x").save())
except TypeError as e:
    print("TypeError:", e)


# __abstractmethods__ is read from the class's own namespace only.
class Parent:
    pass


Parent.__abstractmethods__ = frozenset({"x"})


class Kid(Parent):
    pass


for cls in (Kid, type, Full):
    try:
        print(cls.__abstractmethods__)
    except AttributeError as e:
        print("AttributeError:", e)
print(Parent.__abstractmethods__, hasattr(Kid(), "__abstractmethods__"), getattr(Kid, "__abstractmethods__", "none"))
