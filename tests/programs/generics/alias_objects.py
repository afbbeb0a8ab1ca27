# types.GenericAlias can be built directly, and used as a __class_getitem__; descriptors
# report abstract methods through __isabstractmethod__.
GenericAlias = type(list[int])
UnionType = type(int | str)
alias = GenericAlias(list, (int,))
print(alias, alias == list[int], GenericAlias(dict, (str, int)), GenericAlias(tuple, int))


class Queue:
    __class_getitem__ = classmethod(GenericAlias)


print(Queue[int], Queue[int].__origin__ is Queue, Queue[str, bytes].__args__)
for bad in [lambda: GenericAlias(list), lambda: GenericAlias(list, int, x=1), lambda: UnionType()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def abstract(function):
    function.__isabstractmethod__ = True
    return function


class Shape:
    @property
    @abstract
    def area(self):
        pass

    @classmethod
    @abstract
    def make(cls):
        pass

    @staticmethod
    def helper():
        pass

    @property
    def plain(self):
        return 1


ns = Shape.__dict__
print([name for name in ["area", "make", "helper", "plain"]
       if getattr(ns[name], "__isabstractmethod__", False)])
