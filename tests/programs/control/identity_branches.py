# `is` / `is not` tests as branch conditions (one fused instruction each) and as values,
# on None, singletons, the same and different objects, ints and walrus operands.


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


def walk(node):
    total = 0
    while node is not None:
        total += node.value
        node = node.nxt
    return total


def first_none(items):
    for index, item in enumerate(items):
        if item is None:
            return index
    return -1


chain = Node(1, Node(2, Node(3)))
print(walk(chain), walk(None), first_none([1, 2, None, 4]), first_none([]))

a = Node(1)
b = Node(1)
pairs = [(a, a), (a, b), (None, None), (None, a), (a, None), (True, True), (True, 1),
         (False, 0), (..., ...), (NotImplemented, NotImplemented), (len, len), (len, abs)]
for p, q in pairs:
    marks = []
    if p is q:
        marks.append("is")
    if p is not q:
        marks.append("is-not")
    if not (p is q):
        marks.append("not-is")
    if not (p is not q):
        marks.append("not-is-not")
    if p is None:
        marks.append("p-none")
    if p is not None:
        marks.append("p-set")
    if not p is None:
        marks.append("not-p-none")
    if p is None or q is None:
        marks.append("either-none")
    if p is not None and q is not None:
        marks.append("both-set")
    if (p is q) and (q is p):
        marks.append("symmetric")
    print(marks, p is q, p is not q, p is None, q is not None)

# The same small and large ints, floats, strings and tuples: identity of immutable values
# is an implementation detail, so only the objects bound to one name are compared.
x = 10**20
y = x
print(x is y, x is not y)
s = "text"
t = s
print(s is t)

# Walrus in the left operand, and a right operand evaluated after the left.
order = []


def left():
    order.append("left")
    return a


def right():
    order.append("right")
    return a


if left() is right():
    print("same", order)
if (w := None) is None:
    print("walrus", w)
count = 0
while (item := [None, 1, None][count]) is None or count < 1:
    count += 1
print(count, item)

# `is None` on a conditional expression and a chained comparison (not fused).
v = None
print("cond" if v is None else "other")
if v is None is None:
    print("chained")
if a is a is not b:
    print("chained2")
