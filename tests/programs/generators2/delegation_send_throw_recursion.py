"""Generators resumed by for loops, yield from, send() and throw(): values sent and thrown
through delegation chains, return values, closing mid-way and deep recursion."""


def echo(tag):
    received = []
    try:
        while True:
            value = yield (tag, len(received))
            if value == "stop":
                return ("echo-done", tag, received)
            received.append(value)
    except KeyError as e:
        yield ("caught", tag, str(e))
        return ("after-catch", tag)
    finally:
        print("  echo finally", tag)


def relay(depth):
    if depth == 0:
        result = yield from echo("leaf")
    else:
        result = yield from relay(depth - 1)
    yield ("relay", depth, result)
    return depth


g = relay(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

g = relay(2)
next(g)
g.send(1)
print(g.throw(KeyError("k")))
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# throw() of an exception the chain does not handle finishes every generator in it.
g = relay(2)
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))

# close() mid-way runs the finally blocks from the innermost generator outwards.
g = relay(1)
next(g)
g.send("x")
g.close()
print("closed", next(g, "exhausted"))


# Generators that return values, collected by yield from at each level of a recursion.
def count_nodes(tree):
    total = 1
    for child in tree:
        total += yield from count_nodes(child)
    yield total
    return total


tree = [[[], []], [[[]]], []]
print(list(count_nodes(tree)))


# A for loop abandoned mid-way (break), then the generator resumed by hand and closed.
def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  numbers finally", n)


g = numbers(5)
for value in g:
    if value == 2:
        break
print("after break", next(g), list(g))

# A generator exhausted by one loop yields nothing to the next.
g = numbers(2)
print([x for x in g], [x for x in g])


# Deep recursion of generators (a chain resumed link by link on every step).
def chain(n):
    if n == 0:
        yield from range(3)
        return "bottom"
    result = yield from chain(n - 1)
    return result + "+"


def drive(n):
    result = yield from chain(n)
    yield result


values = list(drive(200))
print(values[:3], len(values[-1]))


# Exceptions raised inside a generator expression consumed by a loop and by builtins.
def fragile(i):
    if i == 4:
        raise ZeroDivisionError("at 4")
    return 10 // (i + 1)


for consume in (list, tuple, sorted, sum, set, frozenset, max):
    try:
        consume(fragile(i) for i in range(6))
    except ZeroDivisionError as e:
        print(consume.__name__, "ZeroDivisionError", e)


# send() into a just-started generator, and to a running one.
def self_sender():
    yield me.send(None)


me = self_sender()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
g = relay(0)
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)

# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("inner")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
