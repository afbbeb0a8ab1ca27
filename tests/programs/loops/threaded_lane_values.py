"""Comparisons into registers, identity and truth tests of objects, and loads of global
objects, in hot loops (the interpreter's fast lane), with their edge cases."""

NAN = float("nan")
TABLE = {"a": 1}
WORDS = ["x", "y"]
EMPTY = []


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


HOLDER = Noisy("global")


def compare_values(count):
    out = []
    for i in range(count):
        f = i / 2
        out.append((i < 2, i <= 2, i > 2, i >= 2, i == 2, i != 2))
        out.append((f < 1.0, f == 1.0, f != 1.0, NAN == NAN, NAN != NAN, NAN < 1.0))
        # Mixed and other types take the general path.
        out.append((i == 2.0, f != i, "a" < "b", (1, i) == (1, 2), None == i))
    return out


def identities(count):
    a = [1]
    b = [1]
    s = "".join(["sp", "am"])
    t = "spam"
    node = Noisy("node")
    other = node
    results = []
    for i in range(count):
        results.append((a is a, a is b, s is s, s is t, node is other, node is a,
                        a is None, None is a, (i is None)))
        if node is other:
            results.append("same")
        if a is not b:
            results.append("distinct")
    del node, other
    return results


def truths(count):
    values = [0, 1, 0.0, -2.5, "", "x", [], [0], (), (0,), {}, {"k": 0}, None, True,
              False, [True, False] * 3, range(0), Noisy("t")]
    out = []
    for _ in range(count):
        row = []
        for value in values:
            if value:
                row.append(1)
            else:
                row.append(0)
            row.append(2 if not value else 3)
        out.append(row)
    values.clear()
    return out


def global_loads(count):
    seen = 0
    for _ in range(count):
        t = TABLE
        w = WORDS
        e = EMPTY
        h = HOLDER
        seen += len(t) + len(w) + len(e) + (h.n == "global")
    # The register holds the last reference to a Noisy when the global is loaded over it.
    r = Noisy("local")
    for _ in range(2):
        r = HOLDER
        print("loaded", r.n)
    return seen


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and other.n == self.n or other == self.n


def memberships(count):
    table = {"a": 1, 2: "b"}
    ints = {1, 2, 3}
    mixed = {1, Key(5), "s"}
    numbers = [4, 5, 6]
    words = ["x", 4]
    out = []
    for i in range(count):
        out.append(("a" in table, 2 in table, i in table, "z" not in table))
        out.append((i in ints, i not in ints, i in numbers, i not in numbers, 4 in words))
        out.append((5 in mixed, "s" in mixed, i in mixed, 2.0 in ints, True in ints))
    return out


def cells(count):
    captured = [1]

    def reader():
        total = 0
        for _ in range(count):
            total += len(captured)
        return total

    first = reader()
    captured = [1, 2, 3]
    second = reader()

    def unbound():
        for _ in range(2):
            print(late)

    try:
        unbound()
    except NameError as error:
        print(type(error).__name__, error)
    late = 1
    return first, second


print(memberships(3))
print(cells(4))
for row in compare_values(3):
    print(row)
print(identities(2))
for row in truths(2):
    print(row)
print(global_loads(5))
print("end")
