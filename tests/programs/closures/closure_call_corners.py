# Corners of calling closures and functions held in local variables: nonlocal rebinding seen
# by every closure sharing the cell, closures over loop variables, defaults read back through
# __defaults__ after a mutable default changed, cells deleted with del, the NameError raised
# for an unbound free variable, and callees that rebind or drop the variable they were
# called through.
def nonlocal_rebinding():
    value = "first"

    def read():
        return value

    def write(new):
        nonlocal value
        old = value
        value = new
        return old

    results = [read(), write("second"), read()]
    value = "third"
    results.append(read())
    results.append(write([1, 2]))
    results.append(read())
    return results


print(nonlocal_rebinding())


def loop_variable_closures():
    late = []
    bound = []
    for i in range(4):
        late.append(lambda: i * 10)
        bound.append(lambda i=i: i * 10)
    i = 100
    return [f() for f in late], [f() for f in bound], [f(7) for f in bound]


print(loop_variable_closures())


def nested_counter_factories():
    makers = []
    for start in range(3):

        def make(start=start):
            count = start

            def tick(step=1):
                nonlocal count
                count += step
                return count

            return tick

        makers.append(make)
    ticks = [make() for make in makers]
    out = []
    for round_number in range(3):
        for tick in ticks:
            out.append(tick() if round_number % 2 else tick(5))
    return out


print(nested_counter_factories())


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


local_alias = mutable_default
print([local_alias(n) for n in range(3)], mutable_default.__defaults__)
print(local_alias("x", []), mutable_default.__defaults__)


def defaults_of_closure():
    base = 10

    def add(x, y=5, *, z=1):
        return base + x + y + z

    f = add
    return f(1), f(1, 2), f(1, z=3), add.__defaults__, add.__kwdefaults__


print(defaults_of_closure())


def deleted_cell():
    secret = "visible"

    def peek():
        return secret

    first = peek()
    del secret
    try:
        peek()
    except NameError as exc:
        second = f"{type(exc).__name__}: {exc}"
    secret = "again"
    return first, second, peek()


print(deleted_cell())


def delete_twice():
    gone = 1

    def keep():
        return gone

    del gone
    try:
        del gone
    except NameError as exc:
        return f"{type(exc).__name__}: {exc}", keep.__name__


print(delete_twice())


def unbound_before_assignment():
    def inner():
        return later

    f = inner
    try:
        f()
    except NameError as exc:
        message = f"{type(exc).__name__}: {exc}"
    later = 3
    return message, f()


print(unbound_before_assignment())


def cell_read_before_assignment():
    try:
        print(captured)
    except UnboundLocalError as exc:
        message = f"{type(exc).__name__}: {exc}"
    captured = 1

    def use():
        return captured

    return message, use()


print(cell_read_before_assignment())


def callee_rebinds_its_variable():
    def first(x):
        nonlocal f
        f = second
        return ("first", x)

    def second(x):
        nonlocal f
        f = None
        return ("second", x)

    f = first
    out = [f(1), f(2)]
    try:
        f(3)
    except TypeError as exc:
        out.append(str(exc))
    return out


print(callee_rebinds_its_variable())


def callee_is_only_referenced_by_the_local():
    def make():
        tag = [0]

        def bump(x):
            tag[0] += x
            return tag[0]

        return bump

    total = 0
    for i in range(5):
        total += make()(i)
        g = make()
        total += g(i) + g(i)
    return total


print(callee_is_only_referenced_by_the_local())


def local_callees_of_every_kind():
    class Point:
        def __init__(self, x):
            self.x = x

        def scaled(self, k=2):
            return self.x * k

    make_point = Point
    p = make_point(4)
    method = p.scaled
    builtin = len
    bound_builtin = [1, 2, 3].index
    lam = lambda *args, **kwargs: (args, sorted(kwargs))
    return method(), method(3), builtin("abc"), bound_builtin(3), lam(1, b=2, a=1)


print(local_callees_of_every_kind())


def argument_errors_through_locals():
    k = 2

    def closure(a, b=1):
        return a + b + k

    def plain(a, b):
        return a + b

    out = []
    for f, args in [(closure, ()), (closure, (1, 2, 3)), (plain, (1,)), (plain, (1, 2, 3))]:
        try:
            f(*args) if len(args) != 1 else f(args[0])
        except TypeError as exc:
            out.append(str(exc))
    return out


for line in argument_errors_through_locals():
    print(line)


def recursion_through_a_local():
    def walk(n):
        return 0 if n == 0 else 1 + step(n - 1)

    step = walk
    return step(200)


print(recursion_through_a_local())
