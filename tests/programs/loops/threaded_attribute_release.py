"""Attribute reads in a hot loop whose destination held the last reference to an object
(freed at once, with __del__ seeing the right moment), or held the object being read."""


class Noisy:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("freed", self.label)


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class Holder:
    kind = "class value"

    def __init__(self, item):
        self.item = item


def walk(head):
    # `node = node.next` overwrites the register holding the node being read.
    total = 0
    node = head
    while node is not None:
        total += node.value
        node = node.next
    return total


def replace_last_references(count):
    # Each read overwrites a register holding the only reference to the previous Noisy.
    item = Noisy("start")
    for i in range(count):
        holder = Holder(Noisy(i))
        item = holder.item
        print("read", item.label)
    print("loop done")
    return item.label


def detached_chain(length):
    # The chain is referenced only through the register: each step frees the node left.
    node = None
    for i in range(length):
        node = Node(i, node)
    total = 0
    while node is not None:
        total = total * 3 + node.value
        node = node.next
    return total


def class_values(count):
    holder = Holder(0)
    seen = []
    for _ in range(count):
        seen.append(holder.kind)
    holder.kind = "own value"
    seen.append(holder.kind)
    del holder.kind
    seen.append(holder.kind)
    return seen


head = None
for value in range(1000):
    head = Node(value, head)
print(walk(head), walk(head))
print(replace_last_references(3))
print(detached_chain(2000))
print(class_values(3))
total = 0
for i in range(2000):
    h = Holder(i)
    total += h.item
    h = h.kind
print(total, h)


class Wide:
    def __init__(self, i):
        # More attributes than live inline: the rest go to the vector.
        self.a = i
        self.b = i + 1
        self.c = i + 2
        self.d = i + 3
        self.e = i + 4
        self.f = i + 5
        self.g = str(i)


class Slot:
    def __init__(self, label):
        self.item = Noisy(label)

    def swap(self, label):
        # The replaced value is the last reference: freed at once, before the print.
        self.item = Noisy(label)
        print("swapped to", label)


def build_wide(count):
    total = 0
    for i in range(count):
        w = Wide(i)
        total += w.a + w.f + len(w.g)
        w.a = w.g
        total += len(w.a)
    return total


def orders(count):
    # Instances of one class gaining names in different orders have different shapes.
    out = []
    for i in range(count):
        h = Holder(i)
        if i % 2:
            h.x = i
            h.y = -i
        else:
            h.y = -i
            h.x = i
        out.append((h.x, h.y, sorted(vars(h))))
    return out


print(build_wide(500))
print(orders(4))
slot = Slot("first")
for label in ("second", "third"):
    slot.swap(label)
del slot
print("end")
