# `len(x)` answers exact builtin containers directly; everything else (subclasses with
# `__len__`, ranges, views, errors, a replaced builtin) must behave as the general call.
print(len([1, 2, 3]), len(()), len((1,)), len("héllo wörld ✓"), len(""))
print(len({"a": 1, "b": 2}), len(set()), len({1, 2, 3}), len(frozenset("abcab")))
print(len([True] * 5000), len(range(10**6)), len(b"bytes"), len({}.keys()))


class Sized(list):
    def __len__(self):
        return 99


class Custom:
    def __len__(self):
        return 7


print(len(Sized([1, 2])), len(Custom()))

for bad in (5, 2.5, None, len):
    try:
        len(bad)
    except TypeError as err:
        print("TypeError:", err)


class Negative:
    def __len__(self):
        return -1


try:
    len(Negative())
except ValueError as err:
    print("ValueError:", err)



def measure(value):
    return len(value)


print(measure([1, 2]))
len = lambda value: "replaced"
print(measure([1, 2]))
del len
print(measure([1, 2]))


def shadowed():
    len = lambda value: "local"
    return len([1])


print(shadowed())
