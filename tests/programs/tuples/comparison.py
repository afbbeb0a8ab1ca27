# Tuple comparison is lexicographic.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, "a") < (1, "b"), (1.0, 2) == (1, 2), (0, 0) <= (0, 0), (0, 1) >= (0, 2))
pts = [(3, 1), (1, 2), (1, 1), (2, 5), (3, 0)]
print(sorted(pts), min(pts), max(pts), sorted(pts, key=lambda p: (p[1], -p[0])))
print(max([(len(w), w) for w in ["bb", "a", "ccc", "dd"]]))
print((1, 2, 3) == tuple([1, 2, 3]), (1,) == [1])
