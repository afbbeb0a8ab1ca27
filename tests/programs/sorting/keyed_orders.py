# Key sorts whose keys are strs, floats or tuples (sorted by position), and keys without a
# total order (NaN, mixed tuples, user classes) that take the general merge sort.
words = ["pear", "Apple", "fig", "apple", "kiwi", "Fig", "date", "pear"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
print(sorted(range(10), key=lambda v: (v % 2, str(v)), reverse=True))
print(sorted(range(8), key=lambda v: v / 3))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (t[0],)))
print(sorted([3, 1, 2], key=lambda v: (v, "x") if v != 2 else (v,)))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0], key=lambda v: v))
print(sorted([(1, 2.5), (1, nan), (0, 1.0)], key=lambda t: t))


class Rank:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return self.value < other.value


print([v for v in sorted(range(6), key=lambda v: Rank(-v))])
print(sorted(range(6), key=lambda v: (v % 2, Rank(v)) if v else (1, Rank(9))))
try:
    sorted(range(4), key=lambda v: (v % 2, None))
except TypeError as err:
    print("error:", err)
empty = []
empty.sort(key=lambda v: v)
print(empty, sorted([], key=len), sorted([5], key=lambda v: "x"))
