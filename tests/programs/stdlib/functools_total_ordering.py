from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), b >= a, Version.__gt__.__name__)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(Version(0, 9), Version(0, 10)))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Weight:
    def __init__(self, w):
        self.w = w

    def __eq__(self, other):
        return self.w == other.w

    def __ge__(self, other):
        return self.w >= other.w


print(Weight(1) < Weight(2), Weight(1) > Weight(2), Weight(2) <= Weight(2), Weight(3) > Weight(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
