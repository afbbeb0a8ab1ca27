# set(), list(), tuple() and sum() of a generator expression (compiled as a loop in the
# calling frame): results, scoping, PEP 479, error messages, finalization order.


def solutions(columns):
    n = len(columns)
    return n == len(set(columns[i] + i for i in range(n))) == len(
        set(columns[i] - i for i in range(n))
    )


print(solutions([1, 3, 0, 2]), solutions([0, 1, 2, 3]), solutions([]))
print(sorted(set(x % 4 for x in range(20))))
print(list(x * y for x in range(4) if x for y in range(x) if y != 1))
print(tuple(c.upper() for c in "hello" if c != "l"))
print(sum(x * x for x in range(100) if x % 3 == 0))
print(sum(x for x in [0.5, 1, 2, 0.25]), sum(x for x in [2**70, 2**70, -1]))
print(sum(x for x in [1.5, True, 2]), repr(sum(x for x in [-0.0])))
print(list(x for x in []), tuple(x for x in ()), set(x for x in ""), sum(x for x in []))


# Free variables: the function's own cells and those of an enclosing function.
def outer(scale):
    offsets = [1, 2, 3]

    def inner(bias):
        return list(scale * o + bias for o in offsets)

    return inner(10), set(scale + o for o in offsets), offsets


print(outer(5))


# The loop variable does not leak.
def scoped():
    i = "kept"
    total = sum(i for i in range(5))
    return i, total


print(scoped())

# Module level: names are globals.
base = 100
print(list(base + k for k in range(3)))
k = "module k"
print(tuple(k for k in "ab"), k)


# Class body: the first iterable sees class names, the rest does not.
class Table:
    size = 3
    rows = list(r * 2 for r in range(size))
    try:
        cross = list(r for r in range(2) if size)
    except NameError as err:
        cross = str(err)


print(Table.rows, Table.cross)

# Shadowed names: a local or module global named like the builtin is called normally.


def shadowed():
    set = lambda g: "local set got " + type(g).__name__
    return set(x for x in range(3))


print(shadowed())


def list(g):
    return "module list got " + type(g).__name__


print(list(x for x in range(2)))
del list

# Expressions that look at their frame keep their own frame.
print(set("_" in locals() and "scoped" not in locals() for _ in range(1)))
print(list(list(y for y in range(x)) for x in range(3)))
print(list((lambda: x)() for x in range(3)))


# PEP 479: a StopIteration escaping the expression's code becomes RuntimeError.
def stop(value):
    raise StopIteration(value)


for make in (set, list, tuple, sum):
    try:
        make(stop(x) for x in range(3))
    except RuntimeError as err:
        print(make.__name__, "RuntimeError:", err, "| cause:", repr(err.__cause__))
try:
    list(x for x in range(3) if stop(x))
except RuntimeError as err:
    print("condition:", err, repr(err.__context__))
try:
    list(y for x in range(2) for y in stop(x))
except RuntimeError as err:
    print("inner iterable:", err)
try:
    list(x for x in stop("first"))
except StopIteration as err:
    print("first iterable is outside:", repr(err))


class Unlucky:
    def __hash__(self):
        raise StopIteration("from hash")


try:
    set(Unlucky() for _ in range(2))
except StopIteration as err:
    print("the set's own hashing is outside:", repr(err))


class Weird:
    def __radd__(self, other):
        raise StopIteration("from add")


try:
    sum(Weird() for _ in range(2))
except StopIteration as err:
    print("sum's own addition is outside:", repr(err))

# Errors keep CPython's messages.
for bad in (lambda: set([x] for x in range(2)), lambda: sum(s for s in "ab"),
            lambda: sum(x for x in [1, None]), lambda: list(x for x in 5)):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)


# Other exceptions pass through unchanged, with the iterators released first.
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers closed")


def check(value):
    if value == 2:
        raise ValueError("two")
    return value


try:
    set(check(v) for v in numbers())
except ValueError as err:
    print("caught", err)
print(tuple(v for v in numbers()))


# Values are handed over one at a time, in order, interleaved with the expression.
class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return self.n == other.n


def produce(n):
    print("make", n)
    return Loud(n)


print(len(set(produce(n) for n in range(3))))


# The iterable's iterator is taken before anything else runs.
class Source:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])


print(list(x for x in Source()))
