# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(["x"], start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3, 6), range(6, 9))))
names = ["a", "b", "c"]
ages = [1, 2, 3]
print(dict(zip(names, ages)), list(zip(*[(1, "x"), (2, "y")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(row) for row in zip(*matrix)])
e = enumerate("hi")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
