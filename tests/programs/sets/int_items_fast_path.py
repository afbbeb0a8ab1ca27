"""Sets built from ints (set comprehensions, set(genexpr), set.add): the int fast path must
agree with the general one on equal keys of other types, hash collisions, keys whose
equality runs Python code, errors raised mid-way and unhashable items."""

# Duplicates, negatives, -1 and -2 (both hash to -2), the hash modulus and its neighbours.
M = (1 << 61) - 1
values = [3, -1, -2, 0, 3, M, M + 1, 1, -M, -M - 1, 2**62, -(2**63), 2**63 - 1, -2, 0]
s = {v for v in values}
print(sorted(s), len(s))
print(len(set(v % 7 for v in range(100))))
print(sorted(set(columns - i for i, columns in enumerate([3, 1, 4, 1, 5, 9, 2, 6]))))

# An int meets an equal bool or float already in the set: the stored key stays.
s = {True, 2.0}
s.update(x for x in [1, 2, 3])
print(sorted(s, key=repr), [type(k).__name__ for k in sorted(s, key=repr)])
s = {1.0}
for k in range(3):
    s.add(k)
print(sorted(s, key=repr))
s = {x for x in (False, 0, 0.0, 1, True)}
print(s)
s = {x for x in (0, False, 1.0, True, 1)}
print(s)

# Insertion order as CPython's table (iteration order of small ints and collisions).
print(list({x for x in (8, 16, 0, 24, 32, 1, 9, 17)}))
print(list(set(x * 8 for x in range(12))))


# A key whose __eq__ runs Python code and whose hash equals an int's: __eq__ is called.
class Twin:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("  Twin.__eq__", self.n, other)
        return other == self.n


s = {Twin(5)}
s.add(5)
s.update(x for x in (5, 6))
print(len(s), sorted(type(k).__name__ for k in s))
print({x for x in [Twin(7), 7, 8]} and "built")


# An int subclass with its own __eq__ and __hash__ is not an int for the fast path.
class Odd(int):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("  Odd.__eq__", int(self), other)
        return int(self) % 2 == 1 and other % 2 == 1


s = {Odd(3)}
s.add(1)
s.add(5)
print(sorted(int(k) for k in s))


# An exception raised inside the generator expression mid-way.
def boom(i):
    if i == 3:
        raise ValueError("item %d" % i)
    return i


try:
    set(boom(i) for i in range(6))
except ValueError as e:
    print("ValueError:", e)
try:
    {boom(i) for i in range(6)}
except ValueError as e:
    print("ValueError:", e)
partial = set()
try:
    for i in range(6):
        partial.add(boom(i))
except ValueError as e:
    print("partial", sorted(partial), e)

# Unhashable items: CPython's message, and ints before them stay out of reach.
for make in (lambda: {x for x in [1, [2], 3]}, lambda: set(x for x in (1, {}, 3))):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
s = {1}
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e, s)


# A generator closed or exhausted before set() sees it.
def count_up(n):
    yield from range(n)


g = count_up(5)
next(g)
g.close()
print(set(g))
g = count_up(3)
print(set(g), set(g))
g = (x * x for x in range(4))
next(g)
print(set(g))


# Adding to the set a comprehension is iterating over raises.
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

# Big sets grow through several resizes; removal leaves dummies the ints reuse.
s = {i * 3 for i in range(5000)}
for i in range(0, 15000, 6):
    s.discard(i)
s.update(i for i in range(0, 300, 6))
print(len(s), sum(s), min(s), max(s))
t = set()
for i in range(-1000, 1000):
    t.add(i)
    t.add(-i)
print(len(t), sum(t))
