# Functions as values: passing, returning, storing in containers.
def add(a, b):
    return a + b

def mul(a, b):
    return a * b

ops = {"+": add, "*": mul, "-": lambda a, b: a - b}
for sym in ops:
    print(sym, ops[sym](6, 3))
def apply_twice(f, x):
    return f(f(x))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc = lambda x: x + 1
print(apply_twice(inc, 5), compose(inc, abs)(-7), compose(str, len)("four"))
pipeline = [abs, inc, str, len]
value = -123
for fn in pipeline:
    value = fn(value)
print(value)
f = add
print(f(1, 2), f is add, add.__name__, (lambda: 0).__name__)
print(list(map(add, [1, 2], [10, 20])), sorted([-3, 1, -2], key=abs))
def make_ops():
    return [add, mul]
print([op(2, 5) for op in make_ops()])
print(callable(add), callable(5), callable(print))
