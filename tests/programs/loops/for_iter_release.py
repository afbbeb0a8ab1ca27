"""`for` loops whose loop variable holds the last reference to the previous item (freed
when the next item replaces it), and loops over lists of booleans changed while walked."""


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def walk_and_drop(count):
    items = [Noisy(i) for i in range(count)]
    for item in items:
        print("at", item.n)
        # Now the loop variable holds the last reference.
        items[item.n] = None
    print("loop over")


def walk_flags():
    flags = [True, False, True] * 3
    seen = []
    for index, flag in enumerate(flags):
        seen.append(flag)
        if index == 2:
            flags.append(False)
            flags[5] = 7
    total = 0
    for flag in flags:
        total = total * 2 + flag
    return seen, total


def nested(count):
    rows = [[Noisy(10 * r + c) for c in range(2)] for r in range(count)]
    for row in rows:
        for cell in row:
            print("cell", cell.n)
        rows[rows.index(row)] = None
        row.clear()
    print("nested over")


walk_and_drop(4)
print(walk_flags())
nested(2)
print("end")
