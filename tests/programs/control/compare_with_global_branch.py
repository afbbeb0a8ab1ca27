# `x == NAME` as a branch condition with NAME a module global: ints, strs, floats, objects
# with __eq__, globals rebound between tests, deleted globals, builtins and NameError.
FORWARD = 1
BACKWARD = 2
MODE = "fast"
RATIO = 0.5


class Loose:
    def __eq__(self, other):
        print("Loose.__eq__", other)
        return other == 2

    def __ne__(self, other):
        print("Loose.__ne__", other)
        return True


def direction(d):
    return "forward" if d == FORWARD else "backward" if d == BACKWARD else "none"


def checks(value):
    marks = []
    if value == FORWARD:
        marks.append("eq-forward")
    if not value == FORWARD:
        marks.append("not-eq-forward")
    if value == MODE:
        marks.append("eq-mode")
    if value == RATIO:
        marks.append("eq-ratio")
    while value == BACKWARD:
        marks.append("loop")
        value = 0
    return marks


print([direction(d) for d in (1, 2, 3, 1.0, True, "1")])
for value in (1, 2, "fast", "slow", 0.5, 1.0, True, None, Loose(), [1]):
    print(repr(value) if not isinstance(value, Loose) else "Loose", checks(value))

FORWARD = "changed"
print(direction("changed"), direction(1))
del FORWARD
try:
    direction(1)
except NameError as error:
    print("NameError:", error)


def uses_builtin(x):
    # A module global named like a builtin falls back to the builtin until assigned.
    return "same" if x == len else "different"


print(uses_builtin(len), uses_builtin(print))
len = 5
print(uses_builtin(5), uses_builtin(len))
del len
print(uses_builtin(len))


class Broken:
    def __eq__(self, other):
        raise ValueError("no comparison")


FORWARD = 1
try:
    direction(Broken())
except ValueError as error:
    print("ValueError:", error)
