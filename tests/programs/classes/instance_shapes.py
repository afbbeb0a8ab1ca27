# Instance attributes stored by shape: order, __dict__ views, deletion, many attributes,
# instances of one class with different attribute orders, and caches seeing all of them.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read(p):
    return p.x, p.y


points = [Point(i, -i) for i in range(5)]
print([read(p) for p in points])
print([p.norm1() for p in points])

# A different insertion order for one instance: same class, another shape.
odd = Point.__new__(Point)
odd.y = 10
odd.x = 20
print(read(odd), vars(odd), list(odd.__dict__))
print(read(points[1]), vars(points[1]))

# __dict__ is a live view both ways, and the same object every time.
p = Point(1, 2)
d = p.__dict__
print(d is p.__dict__, d)
d["z"] = 3
print(p.z, read(p))
p.w = 4
print(d)
del d["x"]
print(hasattr(p, "x"), read(Point(7, 8)))
p.x = 11
print(list(d.items()), read(p))

# Deleting an attribute keeps the others and the order of later additions.
q = Point(1, 2)
del q.x
print(vars(q))
q.x = 5
print(vars(q), read(q))
try:
    del q.missing
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point(1, 2).missing
except AttributeError as error:
    print("AttributeError:", error)

# Many attributes, and names made at run time.
class Bag:
    pass


bags = []
for i in range(3):
    bag = Bag()
    for j in range(70):
        setattr(bag, f"field{(i * 7 + j) % 70}", j)
    bags.append(bag)
print([len(vars(bag)) for bag in bags], bags[2].field0, bags[1].field69)
print(list(vars(bags[1]))[:4])
for i in range(40):
    b = Bag()
    setattr(b, f"unique{i}", i)
    b.common = i
    assert b.common == i and getattr(b, f"unique{i}") == i
print(sorted(k for k in dir(b) if not k.startswith("__")))


# A site seeing instances with real dicts and shaped ones alternately.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def get(self):
        return self.value


nodes = [Node(i) for i in range(6)]
for i in range(0, 6, 2):
    nodes[i].__dict__["extra"] = i
total = 0
for _ in range(3):
    for node in nodes:
        total += node.get() + node.value
        node.value += 1
print(total, [n.value for n in nodes], [vars(n) for n in nodes[:2]])

# Instances shadowing a method, through the instance and through __dict__.
m = Node(1)
m.get = lambda: "shadowed"
print(m.get(), Node(2).get())
n = Node(3)
n.__dict__["get"] = lambda: "via dict"
print(n.get(), [x.get() for x in nodes[:2]])

# Cycles through shaped instances (the collector runs every so many instances).
class Link:
    pass


kept = []
for i in range(30000):
    a = Link()
    b = Link()
    a.other = b
    b.other = a
    a.payload = [a, b, i]
    if i % 10000 == 0:
        kept.append(a)
print([k.other.other.payload[2] for k in kept])

# Slots and shapes.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as error:
    print("AttributeError:", error)
