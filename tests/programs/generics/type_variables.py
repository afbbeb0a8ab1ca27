# Type-variable-like objects (anything with __typing_subst__, as typing.TypeVar has) become
# the __parameters__ of aliases and unions, and subscripting substitutes them.
class TypeVar:
    def __init__(self, name):
        self.__name__ = name

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        return "~" + self.__name__

    def __or__(self, other):
        return Union_(self, other)

    def __ror__(self, other):
        return Union_(other, self)


class Union_:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return "Union_" + repr(self.args)


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(list[T], list[T].__parameters__, dict[K, V].__parameters__)
print(list[T][int], dict[K, V][str, float], dict[K, list[V]][str, bytes])
print(dict[K, list[V]].__parameters__, tuple[T, T].__parameters__, tuple[T, T][int])
print(list[int].__parameters__, dict[str, list[T]].__parameters__)
nested = dict[K, tuple[V, ...]]
print(nested[int, str], nested.__parameters__)
print(int | T, T | None)
for bad in [lambda: dict[K, V][int], lambda: list[T][int, str], lambda: list[int][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
