# sorted and reversed.
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("python"), sorted((3, 2, 1)), sorted({9: 1, 2: 0}), sorted(range(5, 0, -1)))
print(sorted(data, key=lambda x: x % 3), sorted(data, key=lambda x: x % 3, reverse=True))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted([]), list(reversed([])), sorted([1]), sorted([2, 1], key=None))
