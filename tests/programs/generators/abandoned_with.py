class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print("close", self.name, kind.__name__ if kind else None)
        return False


def lines(name):
    with Resource(name):
        yield "line 1"
        yield "line 2"


for line in lines("a.txt"):
    print(line)
    break
print("after a")


def nested():
    try:
        with Resource("inner"):
            yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
    finally:
        print("nested finally")


n = nested()
next(n)
n = None
print("after nested")


def delegating():
    try:
        yield from lines("delegate.txt")
    finally:
        print("delegator finally")


d = delegating()
print(next(d))
del d
print("after delegating")
