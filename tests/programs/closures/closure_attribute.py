# __closure__ and cell objects: the cells a nested function reads its free variables from,
# shared with the enclosing function (rebinding shows through), cell_contents, the empty
# cell's ValueError, and None for functions without free variables.
def outer():
    count = 1
    label = "x"

    def inner():
        return count, label

    before = [cell.cell_contents for cell in inner.__closure__]
    count = 2
    after = [cell.cell_contents for cell in inner.__closure__]
    del label
    try:
        inner.__closure__[1].cell_contents
    except ValueError as exc:
        empty = f"{type(exc).__name__}: {exc}"
    return before, after, empty, inner


before, after, empty, inner = outer()
print(before, after, empty)
print(type(inner.__closure__).__name__, len(inner.__closure__))
print(type(inner.__closure__[0]).__name__)
print(repr(inner.__closure__[0]).split(":")[1].split(" at ")[0])
print(repr(inner.__closure__[1]).endswith(": empty>"))


def plain():
    return 1


print(plain.__closure__, (lambda: 0).__closure__)


def make_adder(k):
    return lambda x: x + k


add = make_adder(5)
print(add.__closure__[0].cell_contents, add(1))
