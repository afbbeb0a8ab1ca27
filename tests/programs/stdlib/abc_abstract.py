from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %.2f" % (self.name(), self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Partial(Shape):
    def area(self):
        return 0


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)


class Plugin(metaclass=ABCMeta):
    pass


class Legacy:
    pass


token = get_cache_token()
Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), get_cache_token() != token, issubclass(int, Plugin))
print(Plugin.register(str) is str, isinstance("x", Plugin))
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(Plugin):
        pass
    Sub.register(Plugin)
except RuntimeError as e:
    print("RuntimeError:", e)
