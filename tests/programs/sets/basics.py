# Sets of small ints: creation, membership, repr, len.
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
print(set(), set([1, 1, 2, 2, 3]), set(range(5)), set((4, 4, 4)), {0}, {-1, -2})
e = set()
print(e, len(e), bool(e), type(e), type({}))
s.add(10)
s.add(1)
print(s, len(s))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1, 1.0, True}, {0, False})
print(sorted({5, 3, 9, -1, 0}), sum({1, 2, 3}), max({4, 8, 2}), min({4, 8, 2}))
print(set([x % 4 for x in range(20)]))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(sorted({"b", "a", "c"}), len({"x", "y", "x"}))
