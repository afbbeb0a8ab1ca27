# An uncaught exception raised three generators deep (a for loop resuming a `yield from`
# chain): the traceback lists every frame in order.
def leaf(n):
    for i in range(n):
        yield 10 // (2 - i)


def branch(n):
    total = yield from leaf(n)
    return total


def trunk():
    yield from branch(5)


def consume():
    for value in trunk():
        print(value)


consume()
