# __enter__/__exit__: the value bound by `as`, exceptions passed to __exit__, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as value:
    print("body", value)
with Resource("outer", suppress=True), Resource("inner"):
    raise KeyError("k")
print("after suppression")
try:
    with Resource("b"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *exc):
        self.exited = exc == (None, None, None)


with Timer() as t:
    pass
print(t.entered, t.exited)


class NoEnter:
    def __exit__(self, *args):
        pass


try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


def generator_in_with():
    with Resource("gen"):
        yield 1
        yield 2


print(list(generator_in_with()))
