"""Lists made by a display, `a + b` and `a[i:j]`, which are built straight into their
allocation: contents, item sharing, release order and cycle collection must be as usual."""
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "T(%s)" % self.name

    def __del__(self):
        print("  del", self.name)


def check(copy, both, head, a, b):
    print(copy[0] is a, both[3] is b, head[0] is a)


def release_order():
    a, b = Tracked("a"), Tracked("b")
    pair = [a, b]
    copy = pair + []
    both = pair + pair
    head = pair[:1]
    print(pair, copy, both, head, len(both))
    check(copy, both, head, a, b)
    del a, b
    print("dropping pair")
    del pair
    print("dropping copy")
    del copy
    print("dropping head")
    del head
    print("dropping both")
    del both
    print("done")


release_order()

# Empty and one-item displays, empties on either side of +, slices of every shape.
items = list(range(10))
print([], [1], [[]], [] + [], [] + items[:2], items[:0] + [])
print(items[:3], items[7:], items[-3:], items[:-7], items[3:3], items[8:100], items[-100:2])
print(items[5:2], items[:], items[:] is items, items[:] == items)
parts = [items[:i] + items[i + 1 :] for i in range(0, 10, 3)]
print(parts)
big = [i for i in range(1000)]
joined = big + big[::-1][:500]
print(len(joined), joined[999], joined[1000], joined[-1])
display = [1, "two", 3.0, None, (5,), [6], {7: 8}, big[:2]]
print(display)

# A list holding itself through a display is collected.
class Node:
    def __init__(self, name):
        self.name = name
        self.links = [self]


def make_cycle():
    n = Node("cyclic")
    n.links = [n, [n]] + [n]
    return [link is n for link in n.links], n.links[1][0].name


print(make_cycle())
gc.collect()
print("collected")


# Recursive generator building lists by concatenation (the nqueens shape), with heap items.
def permutations(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i in range(len(seq)):
        rest = seq[:i] + seq[i + 1 :]
        for tail in permutations(rest):
            yield [seq[i]] + tail


words = ["x", "yy", "zzz", "w"]
perms = list(permutations(words))
print(len(perms), perms[:3], perms[-1])
print(sum(1 for p in permutations(list(range(6)))))

# list + non-list still raises CPython's error; a list subclass keeps working.
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)


class Loud(list):
    def __add__(self, other):
        return "Loud.__add__"


print(Loud([1]) + [2], [2] + Loud([1]), type([0] + Loud([1])).__name__)
