# Tuples of every size: creation, identity, sharing of items, nesting and repr.
empty = ()
print(empty, len(empty), tuple() == empty)
for size in range(6):
    t = tuple(range(size))
    print(size, t, len(t), t == tuple(list(t)), hash(t) == hash(tuple(range(size))))
a = (1, "x", [2])
b = a
print(a is b, a[2] is b[2])
a[2].append(3)
print(b)
nested = ((1, 2), (3, (4, (5,))))
print(nested, nested[1][1][1][0])
pairs = [(i, str(i)) for i in range(5)]
print(pairs, max(pairs), min(pairs))
x, *rest = (10, 20, 30)
print(x, rest)
print((1, 2) + (3,), (0,) * 3, (1, 2, 3)[::-1], (1, 2, 3)[1:])
print(tuple(x for x in "abc"), tuple({1: 2, 3: 4}))
keep = [(i, i * i) for i in range(1000)]
del pairs
print(sum(p[1] for p in keep))
