"""abc: abstract methods block instantiation, __subclasshook__, register, abstract properties."""
import abc as M
class Shape(M.ABC):
    @M.abstractmethod
    def area(self): ...
    @M.abstractmethod
    def perimeter(self): ...
    def describe(self): return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for c in (Shape, Half):
    try: c()
    except TypeError as e: print(e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
class Sized(M.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized: return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), isinstance(3, Sized), isinstance([], Sized))
class Reg(M.ABC): pass
Reg.register(int)
@Reg.register
class Other: pass
print(isinstance(3, Reg), issubclass(Other, Reg), issubclass(str, Reg), isinstance(Square(1), Shape))
class Base(metaclass=M.ABCMeta):
    @property
    @M.abstractmethod
    def name(self): ...
    @classmethod
    @M.abstractmethod
    def make(cls): ...
try: Base()
except TypeError as e: print(e)
print(type(Shape).__name__, type(Base).__name__)
