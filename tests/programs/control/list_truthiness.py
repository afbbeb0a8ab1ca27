# Lists as conditions (tested in the loop without a call), next to the other containers.
todo = [3, 1, 2]
seen = []
while todo:
    seen.append(todo.pop(0))
print(seen, bool(todo), not todo)
for value in [[], [0], [[]], [None], (), (0,), {}, {0: 0}, "", "0", set(), {0}, range(0)]:
    flags = []
    if value:
        flags.append("true")
    if not value:
        flags.append("false")
    print(repr(value), flags, "yes" if value else "no", bool(value) and 1, value or "empty")


class Sized(list):
    def __bool__(self):
        return True


class Empty(list):
    def __len__(self):
        return 0


if Sized():
    print("subclass __bool__ wins")
if not Empty([1]):
    print("subclass __len__ wins")
items = [1]
while items:
    items.clear()
    print("cleared")
