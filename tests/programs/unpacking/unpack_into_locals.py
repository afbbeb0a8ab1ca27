# Tuple unpacking into plain local variables (Tauraro unpacks straight into their registers).
def pairs():
    total = 0
    for a, b in [(1, 2), (3, 4), (5, 6)]:
        total += a * b
    for index, (name, value) in enumerate([("x", 1), ("y", 2)]):
        print(index, name, value)
    return total


def swap_and_self():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    a = (7, 8)
    a, b = a
    print(a, b)
    c, d, e = "xyz"
    print(c, d, e)
    c, d, e = range(3)
    print(c, d, e)
    first, second = {"k": 1, "j": 2}
    print(first, second)


def failed_unpack_leaves_targets():
    a, b = 1, 2
    for bad in [(1, 2, 3), (9,), 5, iter([4])]:
        try:
            a, b = bad
        except (ValueError, TypeError) as error:
            print(type(error).__name__, error)
        print(a, b)


def from_generator():
    def produce():
        yield 10
        yield 20

    x, y = produce()
    print(x, y)


def unbound_then_bound():
    try:
        print(p)
    except UnboundLocalError as error:
        print(error)
    p, q = 3, 4
    print(p + q)


print(pairs())
swap_and_self()
failed_unpack_leaves_targets()
from_generator()
unbound_then_bound()
