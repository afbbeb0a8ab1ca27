# Inline builtin(<genexpr>) loops nested in generator expressions, generators, lambdas,
# closures and methods.
xs = [[1, 2], [3], []]
print(sum(sum(y for y in x) for x in xs))
print(list(x * 2 for x in (y + 1 for y in range(3))))
def gen(rows):
    for row in rows:
        got = yield sum(v * v for v in row)
        yield set(v + (got or 0) for v in row)
g = gen(xs)
print(next(g), g.send(10), next(g), g.send(1))
f = lambda data: tuple(d for d in data if d)
print(f([0, 1, 2, None, 3]))
def outer():
    k = 3
    def inner(xs):
        return list(x + k for x in xs)
    return inner([1, 2])
print(outer())
class C:
    def m(self, items):
        return set(i * 2 for i in items)
print(C().m([1, 2, 2]))
