# Aliases as bases: __mro_entries__ replaces them by their origin and the class records
# __orig_bases__.
class Numbers(list[int]):
    def total(self):
        return sum(self)


n = Numbers([1, 2, 3])
print(n.total(), Numbers.__bases__, Numbers.__orig_bases__, isinstance(n, list))


class Table(dict[str, int], metaclass=type):
    pass


print(Table.__bases__, Table.__orig_bases__, Table(a=1))


# A user object standing in for a base through __mro_entries__.
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class Placeholder:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Mixin,)


class Real(Placeholder(), object):
    pass


print(Real.__bases__, Real().hello(), len(Real.__orig_bases__))
print("__orig_bases__" in Mixin.__dict__, "__orig_bases__" in Numbers.__dict__)


# __orig_bases__ is stored after the class body ran.
class Ordered(list[str]):
    first = 1

    def method(self):
        pass


print([key for key in Ordered.__dict__ if key not in ("__doc__", "__dict__", "__weakref__")])
