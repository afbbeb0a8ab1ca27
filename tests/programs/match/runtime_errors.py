# The errors CPython raises while matching, caught and printed.

def attempt(label, function):
    try:
        print(label, "->", function())
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)


class NoArgs:
    pass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 1, 2


class ListArgs:
    __match_args__ = ["x"]
    x = 1


class NumberArgs:
    __match_args__ = ("x", 5)
    x = 1


class Repeated:
    __match_args__ = ("x",)
    x = 1


class Flaky:
    @property
    def missing(self):
        raise AttributeError("gone")

    @property
    def broken(self):
        raise RuntimeError("property failed")


def positional_without_match_args():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def too_many_positional():
    match Point():
        case Point(a, b, c):
            return "matched"


def too_many_for_int():
    match 5:
        case int(a, b):
            return "matched"


def one_for_empty():
    match NoArgs():
        case NoArgs(_):
            return "matched"


def not_an_instance_is_no_error():
    match 5:
        case Point(a, b, c, d):
            return "matched"
    return "no match, no error"


not_a_class = len
also_not = (int, str)


def not_a_class_pattern():
    match 5:
        case not_a_class():
            return "matched"


def tuple_of_classes():
    match 5:
        case also_not(n):
            return "matched"


def match_args_not_tuple():
    match ListArgs():
        case ListArgs(x):
            return x


def match_args_element():
    match NumberArgs():
        case NumberArgs(a, b):
            return a


def repeated_attribute():
    match Repeated():
        case Repeated(value, x=other):
            return value


def attribute_error_fails_quietly():
    match Flaky():
        case Flaky(missing=m):
            return "matched"
        case Flaky():
            return "AttributeError means no match"


def other_errors_propagate():
    match Flaky():
        case Flaky(broken=b):
            return "matched"


class Keys:
    A = "k"
    B = "k"
    LIST = ["unhashable"]


def duplicate_runtime_keys():
    match {"k": 1}:
        case {Keys.A: a, Keys.B: b}:
            return (a, b)


def duplicate_after_missing_key():
    match {"j": 1}:
        case {Keys.A: a, Keys.B: b}:
            return (a, b)
    return "first key missing: no duplicate check"


def unhashable_key():
    match {"k": 1}:
        case {Keys.LIST: value}:
            return value


class BadEq:
    def __eq__(self, other):
        raise ValueError("no comparisons")


def eq_raises():
    match BadEq():
        case 1:
            return "matched"


class BadLen:
    def __len__(self):
        raise RuntimeError("unreachable: only sequences are measured")


def len_not_called():
    match BadLen():
        case [a, b]:
            return "matched"
    return "not a sequence, __len__ not called"


for label, function in [
    ("positional without __match_args__", positional_without_match_args),
    ("too many positional", too_many_positional),
    ("too many for int", too_many_for_int),
    ("one for empty", one_for_empty),
    ("not an instance", not_an_instance_is_no_error),
    ("not a class", not_a_class_pattern),
    ("tuple of classes", tuple_of_classes),
    ("__match_args__ a list", match_args_not_tuple),
    ("__match_args__ element", match_args_element),
    ("repeated attribute", repeated_attribute),
    ("AttributeError", attribute_error_fails_quietly),
    ("RuntimeError in property", other_errors_propagate),
    ("duplicate keys at run time", duplicate_runtime_keys),
    ("duplicate after a missing key", duplicate_after_missing_key),
    ("unhashable key", unhashable_key),
    ("__eq__ raises", eq_raises),
    ("__len__", len_not_called),
]:
    attempt(label, function)
