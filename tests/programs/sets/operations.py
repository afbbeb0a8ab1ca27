# Set algebra with operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([8, 9], (10,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set(), set() <= set())
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)), {1, 2}.isdisjoint({3, 4}), {1}.isdisjoint({1}))
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
c -= {2}
c ^= {7, 1}
print(c)
print(sorted(a ^ b ^ {1}), len(a | b | {0}))
