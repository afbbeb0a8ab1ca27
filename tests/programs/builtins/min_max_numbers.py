# min() and max() of positional ints or floats (compared in place) and every case that
# must still take the general path: mixed types, bools, keys, NaNs, ties, errors.
nan = float("nan")
print(max(1, 2), max(2, 1), min(1, 2), min(2, 1), max(-5, -7, -6), min(3, 3, 3))
print(max(1.5, 2.5), min(1.5, 2.5), max(-0.0, 0.0), min(0.0, -0.0), max(0.0, -0.0))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(2.0, nan, 3.0))
print(max(1, 2.5), max(2.5, 1), min(1, 1.0), min(1.0, 1), max(True, 0), min(0, False))
print(max(True, 2), min(2 ** 70, 3), max(2 ** 70, 3), max(1, 2 ** 64), min(-(2 ** 63), 0))
print(max(9223372036854775807, -9223372036854775808), min(9223372036854775807, 1))
print(max(2, 1, key=lambda v: -v), min(2, 1, key=None), max(1, 2, 3, key=abs))
print(max("a", "b"), min([1, 2], [1, 3]), max((1, 2), (1, 2.5)))


class Big(int):
    def __gt__(self, other):
        return True

    def __lt__(self, other):
        return True


print(max(Big(1), 5), min(Big(1), 5), max(5, Big(1)), min(5, Big(1)))
for bad in [lambda: max(1, "a"), lambda: min(1.0, None), lambda: max(1, 2, default=0),
            lambda: max(1, 2, nokey=1), lambda: min()]:
    try:
        print(bad())
    except TypeError as error:
        print("TypeError:", error)
