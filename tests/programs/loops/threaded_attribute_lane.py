# Attribute reads, writes and method calls inside loops, where the fast lane runs them:
# shapes that change mid-loop, shadowing, properties, __getattr__, slots, errors and deep
# recursion through methods.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, dx):
        self.x = self.x + dx
        return self


class Wide:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6
        self.g = 7


class WithProperty:
    def __init__(self):
        self._v = 10

    @property
    def v(self):
        return self._v * 2


class Fallback:
    def __getattr__(self, name):
        return "missing " + name


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1
        self.q = 2


total = 0
points = [Point(i, -i) for i in range(50)]
for i in range(200):
    p = points[i % 50]
    if i % 7 == 0:
        p.shift(1)
    total += p.norm1() + p.x
print("points", total)

# The attribute's old value is an object, then an int, then None.
w = Wide()
for i in range(100):
    if i % 3 == 0:
        w.g = [i]
    elif i % 3 == 1:
        w.g = i
    else:
        w.g = None
    total += w.a + w.f
print("wide", total, w.g)

# A new attribute added in the loop changes the shape the site saw.
objs = [Point(1, 2) for _ in range(10)]
for i, o in enumerate(objs):
    if i % 2:
        o.z = i
    total += o.x
print("shapes", total, [getattr(o, "z", None) for o in objs])

# An instance attribute shadowing a method, then deleted again.
p = Point(3, 4)
results = []
for i in range(6):
    if i == 2:
        p.norm1 = lambda: "shadowed"
    if i == 4:
        del p.norm1
    results.append(p.norm1())
print(results)

# A property, __getattr__ and __slots__ at the same site shape.
wp, fb, sl = WithProperty(), Fallback(), Slotted()
acc = []
for i in range(5):
    acc.append(wp.v)
    acc.append(fb.anything)
    sl.p = sl.p + sl.q
print(acc, sl.p)

# dst register equal to the object register.
node = Point(Point(Point(1, 2), 0), 0)
for _ in range(1):
    node = node.x
    node = node.x
print(node.x, node.y)

# Errors raised by a read, a write and a call in the middle of a loop.
for i in range(3):
    try:
        if i == 0:
            Point(1, 2).missing
        elif i == 1:
            sl.r = 5
        else:
            Point(1, 2).norm1(3)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Chain:
    def __init__(self, n):
        self.n = n

    def down(self):
        if self.n == 0:
            return 0
        return Chain(self.n - 1).down() + 1


print(Chain(500).down())
try:
    Chain(100000).down()
except RecursionError as e:
    print("RecursionError", e)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1


c = Counter()
for i in range(1000):
    c.bump()
print(c.count)
