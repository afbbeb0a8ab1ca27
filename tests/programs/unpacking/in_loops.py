# Unpacking in for loops and comprehensions.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word[0])
points = [[0, 0], [1, 2], [3, 4]]
print([x + y for x, y in points])
print({w: n for n, w in pairs})
for a, (b, (c, d)) in [(1, (2, (3, 4))), (5, (6, (7, 8)))]:
    print(a + b + c + d)
table = {"x": (1, 2), "y": (3, 4)}
for key, (lo, hi) in table.items():
    print(key, hi - lo)
for (a, b), c in zip([(1, 2), (3, 4)], "ab"):
    print(a, b, c)
