"""enum: members, lookup by value and name, iteration, reprs, identity, errors."""
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color(3) is Color.BLUE)
print(list(Color), len(Color), [c.name for c in Color])
print(Color.__members__)
print(type(Color.RED), isinstance(Color.GREEN, Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(f"{Color.GREEN}", "%s" % Color.BLUE, str(Color.RED))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.GREEN):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as err:
        print(type(err).__name__, err)
try:
    Color.RED = 10
except AttributeError as err:
    print("AttributeError:", err)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.MEDIUM:>4}", int(Priority.HIGH))
print(Priority(5), Priority.HIGH == 10, max(Priority))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Step), Step.THIRD.value)


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as err:
    print("ValueError:", err)


class Alias(Enum):
    ON = 1
    YES = 1
    OFF = 0


print(list(Alias), Alias.YES, Alias.YES is Alias.ON, list(Alias.__members__))
