# Default values, closures and recursion through names with lambdas.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
calls = [lambda c=tick(): c for _ in range(3)]
print([f() for f in calls], counter)
fns = {op: eval_fn for op, eval_fn in [("neg", lambda v: -v), ("inv", lambda v: 1 / v), ("sq", lambda v: v * v)]}
print({op: fn(4) for op, fn in fns.items()})
print((lambda *args: sum(args) / len(args))(1, 2, 3, 4))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
