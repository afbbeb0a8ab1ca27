# Assignment expressions inside generator expressions bind in the enclosing function (the
# generator runs in a frame of its own and stores through a cell), and in comprehensions at
# module level they bind module globals.


def last_of(items):
    total = sum((last := x) for x in items)
    return total, last


print(last_of([1, 2, 3]))


def lazily(items):
    gen = ((seen := x * 2) for x in items)
    before = "unbound"
    try:
        before = seen
    except NameError as error:
        before = str(error)
    values = list(gen)
    return before, values, seen


print(lazily([4, 5]))


def nested(rows):
    flat = list(((cell := value) for value in [item * 10 for item in row]) for row in rows)
    return [list(g) for g in flat], cell


print(nested([[1, 2], [3]]))


def inside_list(items):
    return list([(mark := x) for x in range(item)] for item in items), mark


print(inside_list([2, 3]))


def outer():
    def inner(items):
        return max((top := x) for x in items), top

    return inner([7, 3, 9])


print(outer())

# At module level the target is a global of the module.
total = sum((module_last := n) for n in range(5))
print(total, module_last)
squares = [(square := n * n) for n in range(4)]
print(squares, square)
pairs = [list((inner := (row, col)) for col in range(2)) for row in range(2)]
print(pairs, inner)


def reads_global():
    return square + module_last


print(reads_global())
