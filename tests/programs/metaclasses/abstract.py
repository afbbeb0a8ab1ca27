# Abstract methods checked when a class is called, as abc.ABCMeta does.
def abstract(function):
    function.__isabstract__ = True
    return function


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {key for key, value in ns.items() if getattr(value, "__isabstract__", False)}
        for base in bases:
            for key in getattr(base, "__abstracts__", set()):
                value = getattr(cls, key, None)
                if getattr(value, "__isabstract__", False):
                    abstracts.add(key)
        cls.__abstracts__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstracts__:
            names = ", ".join(sorted(cls.__abstracts__))
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}"
            )
        return super().__call__(*args, **kwargs)


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        ...

    @abstract
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def name(self):
        return "square"


print(sorted(Shape.__abstracts__), sorted(HalfDone.__abstracts__), sorted(Square.__abstracts__))
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())
print([Square(n).area() for n in range(4)])
