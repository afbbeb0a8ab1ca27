# min, max and sum in all their forms.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([], default="empty"), max([], default=None), min([7], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max({3: "x", 1: "y"}.values()))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), max([1, 3, 3, 2], key=lambda v: v % 3))
print(sum([]), sum([1, 2, 3]), sum((0.1, 0.2)), sum([1, 2], 10), sum(range(101)), sum([[1], [2]], []))
print(sum([True, True]), sum([1.5, 2, 3]), sum(x / 2 for x in range(4)))
print(max(["b", "a", "c"], key=lambda s: -ord(s)), min(1, 2, key=lambda v: -v))
