# List creation, indexing, length, membership, concatenation.
a = [1, 2, 3]
b = list(range(4, 7))
print(a, b, a + b, a * 2, [0] * 5, [] * 3, len(a), len([]))
print(a[0], a[-1], a[1], 2 in a, 5 in a, 5 not in a)
print(list("abc"), list((1, 2)), list(range(0)), list({3: "x", 1: "y"}), list())
c = [1, "two", 3.0, None, True, [5, 6], (7,), {"k": 8}]
print(c, len(c), c[5][1], c[7]["k"])
a[0] = 100
a[-1] = 300
print(a)
nested = [[0] * 3 for _ in range(3)]
nested[1][2] = 9
print(nested)
shared = [[0] * 3] * 3
shared[1][2] = 9
print(shared)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0])
print(repr([]), str([""]), [[], [[]]], ["'", '"'])
x = [1, 2, 3]
y = x
y.append(4)
print(x, y, x is y, x == x[:], x is x[:])
