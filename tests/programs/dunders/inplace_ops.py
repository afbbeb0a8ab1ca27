# In-place operators: __iop__ mutating and returning self, the fallback to __op__, and
# NotImplemented from __iop__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        print("  __sub__")
        return Bag(x for x in self.items if x not in other)

    def __imul__(self, n):
        self.items *= n
        return self

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([1, 2])
original = b
b += [3]
print(b, b is original)
b -= [1]
print(b, b is original)
c = b
c *= 2
print(c, c is b)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return OnlyAdd(self.n + other)

    def __repr__(self):
        return f"OnlyAdd({self.n})"


x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
for op in ["-=", "|=", "**=", "@="]:
    z = OnlyAdd(1)
    try:
        if op == "-=":
            z -= 1
        elif op == "|=":
            z |= 1
        elif op == "**=":
            z **= 1
        else:
            z @= 1
    except TypeError as e:
        print(op, "TypeError:", e)


class Weird:
    def __iadd__(self, other):
        return "replaced"


w = Weird()
w += 1
print(w)
items = [1]
alias = items
items += (2, 3)
print(items, alias is items)
t = (1,)
t += (2,)
print(t)
