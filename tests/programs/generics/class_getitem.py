# __class_getitem__ on user classes is implicitly a class method.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], Box[1, 2])


class Registry:
    seen = []

    @classmethod
    def __class_getitem__(cls, item):
        cls.seen.append(item)
        return cls


print(Registry[int] is Registry, Registry[str, bytes].seen)


# Subclasses of builtin generic classes inherit their __class_getitem__.
class MyList(list):
    pass


class MyDict(dict):
    pass


print(MyList[int], MyDict[str, int], MyList[int]().__class__.__name__)
print(MyList[int]([1, 2]), MyList[int].__origin__ is MyList)


# A metaclass __getitem__ wins over __class_getitem__.
class Indexed(type):
    def __getitem__(cls, key):
        return ("meta", cls.__name__, key)


class Both(metaclass=Indexed):
    def __class_getitem__(cls, item):
        return ("class_getitem", item)


print(Both[5])


# A generic-like class that records its parameters.
class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(f"{cls.__name__}[{', '.join(p.__name__ for p in params)}]", (cls,), {"params": params})


Pair = Generic[int, str]
print(Pair.__name__, Pair.params, issubclass(Pair, Generic), Pair().params)
