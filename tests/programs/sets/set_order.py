# The iteration order of sets of small ints (deterministic in CPython).
print({9, 8, 7, 6, 5, 4, 3, 2, 1, 0})
print({100, 1, 50, 2})
print({-1, -2, 3})
print(set(range(20, 0, -3)))
s = set()
for x in [33, 1, 65, 8, 17]:
    s.add(x)
print(s, list(s))
print([x * 2 for x in {3, 1, 2}])
