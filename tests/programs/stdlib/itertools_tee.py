from itertools import islice, tee

a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), tee("ab", 0))
x, y, z = tee("xyz", 3)
print(list(x), list(y), list(z))
source = iter(range(10))
left, right = tee(source)
print(list(islice(left, 4)), list(islice(right, 2)), list(left), list(right))
pairs = tee("ab")
print(type(pairs).__name__, len(pairs))
for bad in [lambda: tee("a", -1), lambda: tee(1), lambda: tee("a", "b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
