# `list + list` and `list[a:b]` copy their items: the fast paths must count references of
# heap items, keep inline ones, accept bool-flag lists, subclasses and reflected operators.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"T({self.name})"

    def __del__(self):
        print("del", self.name)


def concatenate():
    a = [1, 2.5, None, True, "s", (1, 2), [3]]
    b = [Tracked("x"), -(2**70), {"k": 1}]
    c = a + b
    print(c)
    print(len(c), c[:3], c[7:], c[-2:], c[:0], c[5:2])
    print(a + a, [] + [], [] + a == a, (a + []) is a)
    b[2]["k"] = 2
    print(c[9], c[9] is b[2])
    return c


kept = concatenate()
print("b gone, c keeps", len(kept))
kept = None
print("c gone")

flags = [True] * 2000
joined = flags + [False] + flags[:3]
print(len(joined), joined[1999], joined[2000], joined[2001:], sum(joined))
print(flags[1998:2003], len(flags[::2]))


class Stack(list):
    def __add__(self, other):
        return "Stack.__add__"

    def __radd__(self, other):
        return "Stack.__radd__"


s = Stack([1])
print(s + [2], [2] + s, [3] + list(s))


class Plain(list):
    pass


p = Plain([4, 5])
print([1] + p, type([1] + p).__name__, type(p + [1]).__name__, p[1:], type(p[1:]).__name__)

try:
    [1] + (2,)
except TypeError as err:
    print("TypeError:", err)

nested = [[0]] * 3
copy = nested + nested
copy[0].append(1)
print(nested, copy[5])
def grow():
    x = [Tracked("y")]
    for i in range(3):
        x = x + [i]
    print(x[1:], x[:1])


grow()
print("end")
