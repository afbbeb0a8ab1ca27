# `with` whose __enter__/__exit__ are Python methods of all shapes: plain, closures using
# super(), *args/defaults (the general call), raising, suppressing, inside generators and
# recursion, and returning out of the body.
log = []


class Plain:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        log.append(f"exit {self.name} {kind.__name__ if kind else None} {value!r}")
        return False


class Suppress(Plain):
    def __enter__(self):
        return super().__enter__() + "!"

    def __exit__(self, kind, value, tb):
        super().__exit__(kind, value, tb)
        return kind is not None and issubclass(kind, ValueError)


class Starry:
    def __enter__(self, *args):
        log.append(("starry enter", args))
        return 7

    def __exit__(self, *args, extra=1):
        log.append(("starry exit", len(args), extra))
        return 0


class Defaults:
    def __enter__(self, x=3):
        return x

    def __exit__(self, a, b, c, d=4):
        log.append(("defaults exit", d))


class BadEnter:
    def __enter__(self):
        raise KeyError("enter")

    def __exit__(self, *a):
        log.append("never")


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise RuntimeError(f"exit saw {kind.__name__ if kind else None}")


def body(i):
    with Plain(f"p{i}") as p, Suppress(f"s{i}") as s:
        if i == 1:
            raise ValueError(i)
        if i == 2:
            return p + s
        log.append(p + s)
    return "after"


for i in range(4):
    try:
        print(i, body(i))
    except ValueError as e:
        print(i, "ValueError", e)

with Starry() as a, Defaults() as b:
    print(a, b)

try:
    with BadEnter():
        print("not here")
except KeyError as e:
    print("KeyError", e)

for exc in (None, TypeError("t")):
    try:
        with BadExit():
            if exc:
                raise exc
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__context__).__name__)


def gen(n):
    for i in range(n):
        with Plain(f"g{i}") as name:
            yield name


print(list(gen(3)))


def depth(n):
    if n == 0:
        return 0
    with Plain(f"d{n}"):
        return depth(n - 1) + 1


print(depth(5))
print(len(log))
for entry in log:
    print(entry)
