# Sorting tuples: lexicographic order, lengths, stability, floats, and the errors of mixed kinds.
rows = [("b", 2, 1.5), ("a", 3, 0.5), ("b", 1, 2.5), ("a", 3, -0.0), ("a", 3, 0.0), ("a",)]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (len(r), r[0])))
pairs = [(1, "x"), (1, "a"), (0, "z"), (1,), (), (0, "z", 5)]
print(sorted(pairs))
records = [(i % 3, -i) for i in range(10)]
print(sorted(records, key=lambda r: (r[0],)))
print(sorted([(2.5, 1), (float("inf"), 0), (-1.0, 2)]))
nan = float("nan")
print(sorted([(1.0, "b"), (nan, "a"), (0.5, "c")], key=lambda t: t[1]))
print(len(sorted([(nan, 1), (1.0, 2), (nan, 3)])))
try:
    sorted([(1, "a"), ("x", 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "b")])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, 2), (True, 1), (0, 5)]))
print(sorted([(1, 2), (1.0, 1)]))
words = [("pear", 3), ("fig", 3), ("apple", 5), ("kiwi", 4)]
words.sort(key=lambda w: (-w[1], w[0]))
print(words)
