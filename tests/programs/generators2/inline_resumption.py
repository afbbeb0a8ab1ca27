# Generators resumed by for loops and `yield from` chains: values, return values, sends,
# throws, closes, errors and tracebacks crossing the generator frames.
def count(n):
    for i in range(n):
        yield i
    return "done"


def relay(n):
    result = yield from count(n)
    yield result


def deep(level, n):
    if level == 0:
        result = yield from count(n)
        return result + "!"
    result = yield from deep(level - 1, n)
    return result + "."


print(list(relay(3)))
total = 0
for v in relay(4):
    print("relay", v)


def outer():
    r = yield from deep(5, 2)
    yield r


print([x for x in outer()])

# Nested for loops over generators, break and re-iteration of exhausted generators.
g = count(5)
for a in g:
    if a == 2:
        break
print("after break", next(g))
for a in g:
    print("rest", a)
for a in g:
    print("never")
print("exhausted again", list(g))


# Exceptions raised in a generator resumed by a for loop, caught by the loop's frame.
def failing(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


try:
    for v in failing(5):
        print("got", v)
except KeyError as e:
    print("caught", repr(e))


def catching_delegator():
    try:
        yield from failing(5)
    except KeyError as e:
        print("delegator caught", e)
        yield "recovered"
    yield "end"


print(list(catching_delegator()))


# PEP 479 through a for loop and through yield from.
def stopper():
    yield 1
    raise StopIteration("inner")


def pep479_delegator():
    yield from stopper()


for source in (stopper, pep479_delegator):
    try:
        for v in source():
            print("pep479", v)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


# A generator resuming itself.
def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError", e)


def selfish_from():
    yield 1
    yield from me2


me2 = selfish_from()
try:
    print(list(me2))
except ValueError as e:
    print("ValueError", e)


# send/throw/close into a chain driven by yield from.
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
            except ArithmeticError as e:
                value = "threw " + type(e).__name__
            received.append(value)
    finally:
        print("echo closing with", received)


def middle():
    result = yield from echo()
    return result


def top():
    yield from middle()


chain = top()
print(next(chain))
print(chain.send("a"))
print(chain.send("b"))
print(chain.throw(ZeroDivisionError))
print(chain.send("c"))
chain.close()
try:
    next(chain)
except StopIteration:
    print("closed chain stops")


# yield from a generator that another loop has already finished.
def finished():
    return 5
    yield


done = finished()
list(done)


def from_finished():
    r = yield from done
    yield r


print(list(from_finished()))


# Exceptions in the except block of a suspended generator: the handled exception is saved.
def handled():
    try:
        raise
    except BaseException as e:
        return repr(e)


def in_handler():
    try:
        raise ValueError("handled")
    except ValueError:
        yield handled()
        yield handled()
    yield handled()


for info in in_handler():
    print("handled inside", info, "outside", handled())


# Generators driven from a for loop inside another generator driven by a builtin.
def squares(n):
    for i in count(n):
        yield i * i


print(sum(squares(10)), set(x % 3 for x in squares(10)), tuple(squares(4)))
print("".join(str(x) for x in squares(5)))


# Deep recursion through yield from hits the recursion limit cleanly.
def recurse(n):
    yield n
    yield from recurse(n + 1)


try:
    for depth in recurse(0):
        pass
except RecursionError:
    print("RecursionError at depth over 500:", depth > 500)


# finally blocks of abandoned generators run when they are dropped.
def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


for v in guarded("loop"):
    break
print("after loop")


def delegating_guard():
    yield from guarded("inner")


for v in delegating_guard():
    break
print("after delegating loop")
