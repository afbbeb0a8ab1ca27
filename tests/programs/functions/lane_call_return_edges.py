"""Edge cases of the fast method/function call and return paths: the cases they must leave
to the general paths (last references released at return, __init__ frames, recursion
limits, defaults, keywords, generators) and the ones they take (shared references,
different methods called at the same depth, returning self)."""


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Node:
    def __init__(self, value, link=None):
        self.value = value
        self.link = link

    def get(self):
        return self.value

    def me(self):
        return self

    def plus(self, other, extra=0):
        return self.value + other + extra

    def total(self, *rest):
        return self.value + sum(rest)

    def named(self, a, b=2, *, c=3):
        return (self.value, a, b, c)

    def depth(self, n):
        if n == 0:
            return 0
        return 1 + self.depth(n - 1)

    def forever(self, n):
        return self.forever(n + 1)

    def fails(self, kind):
        if kind == "value":
            raise ValueError("bad value " + str(self.value))
        if kind == "key":
            return {}[self.value]
        return kind

    def make_local(self, label):
        local = Tracked(label)
        print("made", local.name)
        return len(label)

    def unbound(self, flag):
        if flag:
            later = 1
        return later

    def counter(self, limit):
        for i in range(limit):
            yield self.value + i

    def guarded(self):
        try:
            yield 1
            yield 2
        finally:
            print("generator closed")

    def drop_generator(self):
        gen = self.guarded()
        first = next(gen)
        return first


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def plain(a, b):
    return a - b


def with_default(a, b=10):
    return a * b


node = Node(5)
print(node.get(), node.me() is node, node.plus(1), node.plus(1, extra=4), node.plus(1, 2))
print(node.total(), node.total(1, 2, 3), node.named(1), node.named(1, c=9), node.named(a=7, b=8))
print(node.depth(300))

try:
    node.forever(0)
except RecursionError as error:
    print("RecursionError:", error)
print(node.depth(50))

for kind in ("value", "key", "fine"):
    try:
        print(node.fails(kind))
    except (ValueError, KeyError) as error:
        print(type(error).__name__, error)

print(node.make_local("first"))
print("after first")

try:
    node.unbound(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error)
print(node.unbound(True))

print(list(node.counter(4)), sum(node.counter(3)))
print(node.drop_generator())
print("after generator")

bound = node.plus
node.value = 100
print(bound(1), bound(2, 3))
getter = Node(7).get
print(getter(), getter())

shapes = [Square(2), Circle(1), Shape(), Square(3)]
total = 0
names = []
for round_number in range(3):
    for shape in shapes:
        total += shape.area()
        names.append(shape.name())
print(total, names[:5])

chain = Node(1, Node(2, Node(3)))
values = []
current = chain
while current is not None:
    values.append(current.get())
    current = current.link
print(values)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as error:
    print("TypeError:", error)


class Shadowed:
    def speak(self):
        return "class"


item = Shadowed()
print(item.speak())
item.speak = lambda: "instance"
print(item.speak())
del item.speak
print(item.speak())

print(plain(7, 2), with_default(3), with_default(3, 4), plain(b=1, a=5))
results = [plain(i, 1) + with_default(i) for i in range(5)]
print(results)


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as error:
    print("RecursionError:", error)
print(plain(1, 1))


class Holder:
    def __init__(self):
        self.items = []

    def add(self, value):
        self.items.append(value)
        return self.items

    def last(self):
        return self.items[-1]


holder = Holder()
for i in range(5):
    returned = holder.add(Tracked("t%d" % i) if i == 2 else i)
print(len(returned), holder.last())
holder.items.clear()
print("cleared")


class Noisy:
    def __init__(self, n):
        self.n = n
        if n < 0:
            return
        self.square = n * n

    def __del__(self):
        print("del noisy", self.n)


class Maker:
    def make(self, n):
        return Noisy(n)


maker = Maker()


def loop_make():
    made = None
    for i in range(3):
        made = maker.make(i)
        print("got", made.n)
    return made.n


print(loop_make())


def squares():
    early = Noisy(-1)
    four = Noisy(4)
    return hasattr(early, "square"), four.square


print(squares())
print("end")


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


class WithDefault:
    def __init__(self, value=7):
        self.value = value


class Raising:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative")
        self.value = value


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth - 1) if depth > 0 else None


class Counted:
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)

    def __init__(self, tag):
        self.tag = tag


class Based(Pair):
    def __init__(self, left):
        super().__init__(left, left * 2)


def build(n):
    pairs = []
    for i in range(n):
        pairs.append(Pair(i, -i))
    total = 0
    for pair in pairs:
        total += pair.left - pair.right
    return total


print(build(10), WithDefault().value, WithDefault(3).value, Counted("a").tag, Counted.made)
print(Based(4).right, Pair(right=1, left=2).left)
for value in (1, -1):
    try:
        print(Raising(value).value)
    except ValueError as error:
        print("ValueError:", error)
try:
    Nested(100000)
except RecursionError as error:
    print("RecursionError:", error)
print(Nested(3).child.child.child.child)
