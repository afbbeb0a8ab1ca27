# Builtins consuming generators (list, tuple, set, sum, min/max, sorted, join): values,
# interleaving of the generator's side effects with the consumer's, errors mid-way,
# nesting, yield from and re-entry.


class Loud:
    def __init__(self, value):
        self.value = value

    def __radd__(self, other):
        print("  radd", other, self.value)
        return other + self.value

    def __hash__(self):
        print("  hash", self.value)
        return hash(self.value)

    def __eq__(self, other):
        return isinstance(other, Loud) and other.value == self.value

    def __repr__(self):
        return f"Loud({self.value})"


def mixed(n):
    for i in range(n):
        print("  yield", i)
        yield Loud(i) if i % 2 else i


print("sum:", sum(mixed(5)))
print("sum floats:", sum(x / 2 for x in range(7)), sum((x for x in range(4)), 0.5))
print("sum big:", sum(10**20 + x for x in range(3)), sum(x for x in [2**62, 2**62, 2**62]))
print("sum start list:", sum(([x] for x in range(3)), []))
print("list:", list(x * x for x in range(6)), tuple(str(x) for x in range(3)))
print("set:", sorted(set(x % 4 for x in range(20))))
print("min/max:", min(x - 3 for x in range(7)), max(len(str(x)) for x in range(200)))
print("sorted:", sorted((x * 7) % 5 for x in range(6)))
print("join:", "-".join(str(x) for x in range(5)))
print("dict:", dict((x, x * x) for x in range(4)))


def failing():
    yield 1
    yield 2
    raise ValueError("midway")


for consumer in (list, tuple, set, sum, sorted, min):
    try:
        consumer(failing())
    except ValueError as e:
        print(consumer.__name__, "ValueError", e)

try:
    set([x] for x in range(3))
except TypeError as e:
    print("TypeError", e)


def unhashable_later():
    yield 1
    print("  after 1")
    yield [2]
    print("  after [2]")
    yield 3


try:
    set(unhashable_later())
except TypeError as e:
    print("TypeError", e)


# Nested drains: a generator consumed by list() whose body consumes others.
print(list(sum(y for y in range(x)) for x in range(6)))
print(list(tuple(str(y) for y in range(x)) for x in range(4)))


# yield from inside a drained generator, with return values.
def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    total = 0
    for n in (1, 2, 3):
        total += yield from inner(n)
    yield total


print(list(outer()), sum(outer()))


# The value of a `yield` expression while drained is None.
def echo():
    received = []
    for i in range(3):
        received.append((yield i))
    yield received


print(list(echo()))


# A drained generator resuming itself.
def reentrant():
    yield 1
    yield next(me)


me = reentrant()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


# Exceptions and finally blocks while drained.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")


print(list(guarded()), sum(guarded()))


def stop_inside():
    yield 1
    raise StopIteration


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)


# A large drain keeps working (and a long sum runs in batches).
print(len(list(x for x in range(100000))), sum(x for x in range(100000)))
