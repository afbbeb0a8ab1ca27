# Sorting by int keys (stability, reverse, negative and huge keys) and key functions that
# fail part way or return mixed kinds.
records = [(name, age) for name, age in zip("abcdefghij", [30, 25, 30, 18, 25, 99, -4, 30, 0, 18])]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
big = [10**20, -(10**20), 5, -5, 0]
print(sorted(big, key=lambda v: v))
print(sorted(range(12), key=lambda v: v % 3))
print(sorted(range(12), key=lambda v: v % 3, reverse=True))
print(sorted([3, 1, 2], key=lambda v: v == 2))  # bools are not plain ints here
print(sorted([3, 1, 2, 7], key=lambda v: [True, 2, 0, 1][v % 4]))
print(sorted(["bb", "a", "ccc"], key=len))

items = [5, 3, 9, 1]
calls = []


def failing(v):
    calls.append(v)
    if v == 9:
        raise ValueError("no nines")
    return v


try:
    items.sort(key=failing)
except ValueError as err:
    print("error:", err, items, calls)
try:
    items.sort(key=failing, reverse=True)
except ValueError as err:
    print("error:", err, items)
try:
    sorted([1, 2, "x"], key=lambda v: v)
except TypeError as err:
    print("error:", err)
