# slice.indices() and slice comparisons (slices are unhashable in 3.11).
print(slice(1, 2, 3).indices(10**30), slice(None, None, -1).indices(0), slice(-100, 100).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) == (1, 2, None))
for expr in [lambda: slice(1).indices(-1), lambda: slice(1).indices("a"),
             lambda: slice("a").indices(4), lambda: slice(0, 1, 0).indices(3),
             lambda: hash(slice(1)), lambda: slice(1) < 3, lambda: slice(x=1)]:
    try:
        print(expr())
    except Exception as e:
        print(type(e).__name__, e)
