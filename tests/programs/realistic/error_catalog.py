# A defensive task runner: runs many small buggy "user jobs" and reports the exact errors.

import math


def add(a, b):
    return a + b


def kw_only(a, *, scale=1):
    return a * scale


def pos_only(a, b, /, c=0):
    return a + b + c


class Box:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


FIVE, ABC = 5, "abc"

JOBS = [
    ("missing arg", lambda: add(1)),
    ("too many args", lambda: add(1, 2, 3)),
    ("bad keyword", lambda: add(1, c=2)),
    ("dup keyword", lambda: add(1, a=2)),
    ("kw-only positional", lambda: kw_only(1, 2)),
    ("pos-only as kw", lambda: pos_only(1, b=2)),
    ("int + str", lambda: 1 + "a"),
    ("str + int", lambda: "a" + 1),
    ("list * list", lambda: [1] * [2]),
    ("subscript int", lambda: FIVE[0]),
    ("call str", lambda: ABC()),
    ("iterate None", lambda: list(None)),
    ("unpack few", lambda: [a for a, b, c in [(1, 2)]]),
    ("unpack many", lambda: [a for a, b in [(1, 2, 3)]]),
    ("unhashable", lambda: {[1]: 2}),
    ("set of dicts", lambda: {{}}),
    ("dict attr", lambda: {}.foo),
    ("slots attr", lambda: setattr(Box(1), "other", 2)),
    ("int literal", lambda: int("12x")),
    ("float literal", lambda: float("abc")),
    ("int base", lambda: int("z", 10)),
    ("list index", lambda: [1, 2][5]),
    ("str index", lambda: "ab"[9]),
    ("tuple index", lambda: (1,)[3]),
    ("dict key", lambda: {"a": 1}["b"]),
    ("int div zero", lambda: 1 // 0),
    ("float div zero", lambda: 1.0 / 0),
    ("mod zero", lambda: 5 % 0),
    ("sqrt neg", lambda: math.sqrt(-1)),
    ("log zero", lambda: math.log(0)),
    ("list remove", lambda: [1, 2].remove(3)),
    ("list index()", lambda: [1, 2].index(3)),
    ("str index()", lambda: "abc".index("z")),
    ("pop empty", lambda: [].pop()),
    ("pop empty dict", lambda: {}.popitem()),
    ("compare", lambda: sorted([3, None, 1])),
    ("compare str int", lambda: "a" < 1),
    ("neg shift", lambda: 1 << -1),
    ("big float", lambda: float(10 ** 400)),
    ("overflow", lambda: 2.0 ** 5000),
    ("chr range", lambda: chr(-1)),
    ("next exhausted", lambda: next(iter([]))),
    ("not callable attr", lambda: Box(3).value()),
    ("bad join", lambda: ",".join([1, 2])),
    ("range float", lambda: range(1.5)),
    ("max empty", lambda: max([])),
    ("assert", lambda: exec_assert()),
    ("unbound", lambda: unbound_local()),
    ("name", lambda: undefined_name + 1),
    ("recursion", lambda: recurse(0)),
    ("str mul float", lambda: "ab" * 2.5),
    ("tuple assign", lambda: tuple_assign()),
    ("format spec", lambda: f"{'x':d}"),
    ("format int spec", lambda: format(3, "s")),
]


def exec_assert():
    assert 1 + 1 == 3, "math is broken"


def unbound_local():
    total = count
    count = 1
    return total


def recurse(n):
    return recurse(n + 1)


def tuple_assign():
    t = (1, 2)
    t[0] = 5


def main():
    counts = {}
    for label, job in JOBS:
        try:
            result = job()
            print(f"{label:<20} OK {result!r}")
        except Exception as e:
            name = type(e).__name__
            counts[name] = counts.get(name, 0) + 1
            print(f"{label:<20} {name}: {e}")
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:>3} {name}")


main()
