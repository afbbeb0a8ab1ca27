# hash() of tuples of ints and floats is deterministic.
for t in [(), (0,), (1, 2), (1, 2, 3), (-1,), (1.5, 2), ((1, 2), 3), (True, False), (2 ** 70,)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash((2,)))
