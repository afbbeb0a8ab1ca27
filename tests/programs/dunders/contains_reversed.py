# __contains__ (and its iteration fallback) and __reversed__ (and the sequence fallback).
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print("  contains", x)
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __reversed__(self):
        return iter(range(self.hi - 1, self.lo - 1, -1))


r = Range2(1, 4)
print(2 in r, 9 in r, 2 not in r, list(r), list(reversed(r)))


class OnlyIter:
    def __iter__(self):
        yield from ["a", "b"]


print("a" in OnlyIter(), "z" in OnlyIter())


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


print(1 in Truthy(), 1 not in Truthy())


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(reversed(Seq())), 20 in Seq(), 5 in Seq())
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
