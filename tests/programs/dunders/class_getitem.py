# __class_getitem__ lets a class be subscripted (as generic classes are).
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


class Crate(Box):
    pass


print(Box[int], Box["x"], Crate[str], Box[1, 2])


class Registry:
    _types = {}

    @classmethod
    def __class_getitem__(cls, key):
        return cls._types.setdefault(key, type(f"{cls.__name__}_{key}", (cls,), {}))


R1 = Registry["a"]
print(R1.__name__, Registry["a"] is R1, issubclass(R1, Registry))
try:
    object()["x"]
except TypeError as e:
    print("TypeError:", e)


class NoHook:
    pass


try:
    NoHook[int]
except TypeError as e:
    print("TypeError:", e)
