# Paths that caches and shortcuts must keep exact: attribute writes on exception instances
# (dict names vs the fields kept outside the dict), `except` with tuples, `with` managers
# whose __enter__ is not a plain function, class calls after a class changes, and list
# sorts whose key function fails.


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail


def make(i):
    error = AppError(i, "d" * (i % 3))
    # Same write site for a dict name and for the special fields, many times over.
    for name, value in (("extra", i), ("args", (i, "x")), ("__cause__", None)):
        setattr(error, name, value)
    error.args = ("set", i)
    error.__context__ = KeyError(i)
    error.__suppress_context__ = bool(i % 2)
    return error


for i in range(5):
    error = make(i)
    print(error.code, error.detail, error.extra, error.args, repr(error.__context__),
          error.__suppress_context__, sorted(vars(error)))

for i in range(4):
    try:
        raise (ValueError, KeyError, TypeError, AppError)[i](i) if i < 3 else AppError(i, "z")
    except (KeyError, TypeError) as caught:
        print("lookup or type", type(caught).__name__)
    except (ValueError,) as caught:
        print("value", caught)
    except Exception as caught:
        print("other", type(caught).__name__, caught)

try:
    try:
        raise ValueError("v")
    except (ValueError, 3):
        print("not reached")
except TypeError as caught:
    print("TypeError:", caught)


class Manager:
    def __init__(self, label):
        self.label = label

    @staticmethod
    def __enter__():
        return "static enter"

    def __exit__(self, *info):
        print("exit", self.label, info[0].__name__ if info[0] else None)
        return True


class Bound:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        print("bound exit", kind, value)
        return False


with Manager("a") as got:
    print(got)
with Manager("b"):
    raise KeyError("swallowed")
with Bound() as got:
    print(type(got).__name__)


class Switch:
    def __enter__(self):
        return "first enter"

    def __exit__(self, *info):
        print("exit", info[0])
        return False


for round in range(3):
    with Switch() as got:
        print(got)
    if round == 0:
        Switch.__enter__ = lambda self: "second enter"
    else:
        del Switch.__exit__
        try:
            with Switch():
                print("not reached")
        except TypeError as caught:
            print("TypeError:", caught)
        Switch.__exit__ = lambda self, *info: print("new exit")


class Point:
    def __init__(self, x):
        self.x = x


print([Point(i).x for i in range(3)])


def new_init(self, x):
    self.x = x * 100


Point.__init__ = new_init
print([Point(i).x for i in range(3)])
del Point.__init__
try:
    Point(1)
except TypeError as caught:
    print("TypeError:", caught)


def failing_key(value):
    if value == 3:
        raise ValueError("no 3")
    return -value


for reverse in (False, True):
    items = [5, 1, 4, 3, 2]
    try:
        items.sort(key=failing_key, reverse=reverse)
    except ValueError as caught:
        print("sort failed:", caught, items)
    try:
        print(sorted(items, key=failing_key, reverse=reverse))
    except ValueError as caught:
        print("sorted failed:", caught, items)

numbers = [3, -1, 2, 10**20 // 10**19, -7, 2, 0]
numbers.sort()
print(numbers, sorted(numbers, reverse=True))
print([True] * 3, [None, 1] * 2, [[]] * 2, [0] * 0, [1] * -2)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), len(range(-2**63, 2**63 - 1, 7)))
