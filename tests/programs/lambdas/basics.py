# Lambda expressions.
square = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: "constant"
varargs = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), noargs(), varargs(1, 2, z=3))
print((lambda x, y: x ** y)(2, 8), (lambda: None)())
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n > 2, [1, 2, 3, 4])))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)), max([3, -7, 5], key=lambda v: abs(v)))
cond = lambda n: "big" if n > 100 else "small"
print(cond(5), cond(500))
kw = lambda *, flag=False: flag
print(kw(), kw(flag=True))
