# keys() and items() views are set-like: operators with any iterable, comparisons with sets
# and views, isdisjoint, reversed(); values() is not set-like.
d = {1: "a", 2: "b", 3: "c"}


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: d.keys() | [4])
attempt(lambda: [4] | d.keys())
attempt(lambda: d.keys() & [2, 3, 9])
attempt(lambda: d.keys() - {1})
attempt(lambda: {1, 5} - d.keys())
attempt(lambda: d.keys() ^ (3, 4))
attempt(lambda: sorted(d.items() & {(1, "a"), (2, "z")}))
attempt(lambda: sorted(d.items() ^ {1: "a", 4: "d"}.items()))
attempt(lambda: sorted(d.items() - [(1, "a")]))
attempt(lambda: d.keys() | 1)
attempt(lambda: d.values() | {1})
attempt(lambda: hash(d.keys()))
attempt(lambda: hash(d.items()))
attempt(lambda: d.keys() < 3)
attempt(lambda: d.keys() + d.keys())
print(d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() == [1, 2, 3])
print(d.keys() < {1, 2, 3, 4}, d.keys() <= {1, 2, 3}, d.keys() > {1}, d.keys() >= d.keys())
print(d.items() == {(1, "a"), (2, "b"), (3, "c")}, d.items() != d.items())
print(d.values() == d.values(), [d.keys()] == [{1: 0, 2: 0, 3: 0}.keys()])
print(d.keys().isdisjoint([4, 5]), d.keys().isdisjoint({3}), d.items().isdisjoint([(1, "a")]))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
it = reversed(d)
d[4] = "d"
attempt(lambda: next(it))
e = {}
e[1] = e.values()
print(e)
