# Calls of closures given exactly their arguments (the VM's fast call path installs the
# closure's cells): shared cells, defaults, recursion, methods and __init__ of classes made in
# a function, and closures called in a loop with changing callees.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


bump, peek = make_counter(3)
for _ in range(4):
    bump()
print(peek(), bump())

counters = [make_counter(step) for step in range(1, 4)]
for i in range(9):
    counters[i % 3][0]()
print([peek() for _, peek in counters])


def make_adder(k, scale=2):
    def add(x, extra=0):
        return (x + k + extra) * scale

    return add


add = make_adder(5)
print(add(1), add(1, 10), make_adder(1, 3)(2))


def make_fib():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return fib


print(make_fib()(15))


def make_class(tag):
    class Tagged:
        def __init__(self, value):
            self.value = value
            self.tag = tag

        def describe(self):
            return f"{tag}:{self.value}"

    return Tagged


Tagged = make_class("t")
items = [Tagged(i) for i in range(3)]
print([item.describe() for item in items], items[0].tag)


def compose(*functions):
    def run(x):
        for f in reversed(functions):
            x = f(x)
        return x

    return run


print(compose(lambda x: x + 1, lambda x: x * 2)(5))


def late_binding():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]


print(late_binding())


def unbound_free_variable():
    def inner():
        return later

    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__, exc)
    later = "bound"
    return inner()


print(unbound_free_variable())


def wrong_arguments():
    k = 1

    def f(x):
        return x + k

    for args in [(1,), (), (1, 2)]:
        try:
            print(f(*args) if len(args) != 1 else f(args[0]))
        except TypeError as exc:
            print("TypeError:", exc)


wrong_arguments()


def deep():
    depth = 0

    def recurse():
        nonlocal depth
        depth += 1
        recurse()

    try:
        recurse()
    except RecursionError:
        print("RecursionError", depth > 100)


deep()


def make_gen(n):
    def gen():
        for i in range(n):
            yield i * n

    return gen


print(list(make_gen(3)()))
