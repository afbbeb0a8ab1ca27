# set.remove / set.discard take the one-probe path for plain keys and the general path for
# keys with __eq__; dropping a set releases exactly its keys, in table order.


class Key:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        print("eq", self.value, getattr(other, "value", other))
        return isinstance(other, Key) and self.value == other.value


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# Plain keys: ints, strs, tuples, floats, None, bools, frozensets.
s = {1, 2, 3, "a", "b", (1, 2), 2.5, None, True, frozenset({9})}
for key in [1, "a", (1, 2), 2.5, None, True, frozenset({9}), 99, "zz", (2, 1)]:
    before = len(s)
    s.discard(key)
    print(repr(key), before, len(s), key in s)
print(sorted(map(repr, s)))

# 1 and 1.0 and True are the same key.
t = {1, 2}
t.remove(1.0)
print(t)
t.add(True)
t.remove(1)
print(t)

# remove of a missing key raises KeyError with the key.
for missing in [5, "x", (1, 2, 3)]:
    try:
        {0}.remove(missing)
    except KeyError as err:
        print("KeyError", repr(err.args[0]))

# NaN: only the identical object is found.
nan = float("nan")
n = {nan, 1}
n.discard(float("nan"))
print(len(n))
n.discard(nan)
print(len(n))

# Keys with __eq__ (including collisions with plain keys of the same hash).
k = {Key(1), Key(2), 3}
k.discard(Key(2))
print(len(k))
k.remove(3)
print(len(k))
try:
    k.remove(Key(7))
except KeyError:
    print("KeyError Key(7)")
print([x.value for x in k])

# A set given as the key to remove is looked up as a frozenset.
f = {frozenset({1, 2}), 3}
f.remove({1, 2})
print(f)

# Many insertions and removals (dummies, resizes) keep the contents right.
big = set(range(1000))
for i in range(0, 1000, 3):
    big.remove(i)
for i in range(0, 1000, 5):
    big.discard(i)
print(len(big), sum(big), min(big), max(big))
for i in range(2000, 2100):
    big.add(i)
print(len(big), sum(big))

# Releasing sets: finalizers run once per key, in table order, when the set goes.
objs = {Noisy("x"), 1, 2, "y"}
print("dropping")
del objs
print("dropped")
holder = set()
holder.add(Noisy("only"))
holder.add(42)
holder.add("text")
holder = None
print("released")
empty = set(range(50))
for i in range(50):
    empty.remove(i)
print(len(empty), empty)
del empty
print("end")
