# A hand-written context manager class used for timing-like bookkeeping and nesting.
class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level

    def __exit__(self, *exc):
        Indent.level -= 1
        return False

def show(text):
    print("  " * Indent.level + text)

show("top")
with Indent():
    show("one")
    with Indent() as pad:
        show("two" + repr(pad))
    show("one again")
show("top again")

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return None
    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, self.kinds)

with Suppress(KeyError, IndexError):
    {}["x"]
with Suppress(KeyError):
    print("no exception")
try:
    with Suppress(KeyError):
        int("z")
except ValueError as e:
    print("not suppressed:", e)
