# Literal and value patterns: numbers (negative too), strings (implicitly concatenated),
# bytes, the singletons None/True/False (matched by identity), dotted value patterns.

def literal(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case 10_000:
            return "ten thousand"
        case 0x10:
            return "sixteen"
        case "hello" " " "world":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 12345678901234567890123:
            return "big int"
    return "no literal"


for value in [0, -1, 1.5, -2.25, 10000, 16, "hello world", "", b"raw", "raw",
              None, True, False, 12345678901234567890123, 0.0, 1, 2, 3.0, -0.0]:
    print(repr(value), "->", literal(value))


# 1 == 1.0 == True, but True/False/None patterns test identity.
def numeric(x):
    match x:
        case True:
            return "identity True"
        case 1:
            return "equals 1"
        case 0:
            return "equals 0"
    return "other"


for value in [True, 1, 1.0, False, 0, 0.0, 2]:
    print(repr(value), numeric(value))


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1
        LIGHT = 2


def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Color.Shade.DARK:
            return "dark shade"
        case Color.Shade.LIGHT | Color.Shade.DARK:
            return "light shade"
    return "unknown colour"


for c in ["red", "green", 1, 2, 1.0, "blue"]:
    print(repr(c), color(c))


# The value is compared with `subject == value`: the subject's __eq__ runs first.
class Loud:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        print("  Loud.__eq__", self.value, "vs", repr(other))
        return self.value == other


match Loud(3):
    case 1:
        print("one")
    case "three":
        print("string three")
    case 3:
        print("three")


class Reverse:
    def __eq__(self, other):
        print("  Reverse.__eq__ with", repr(other))
        return True


Color.ANY = Reverse()
match 42:
    case Color.ANY:
        print("matched through the value's reflected __eq__")

# Soft keywords stay usable as names.
match = [1, 2]
case = {"a": 1}
print(match, case)
match match:
    case [1, case]:
        print("case is", case)
