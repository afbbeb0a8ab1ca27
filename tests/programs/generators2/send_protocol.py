# send(), the value of yield expressions, and StopIteration.value.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

acc = accumulator()
print(next(acc))
for v in [5, 10, 20]:
    print("sent", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value, e.args)
try:
    next(acc)
except StopIteration as e:
    print("again:", e.value, e.args)

def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo closing with", received)

g = echo()
print(g.send(None), g.send("a"), g.send("b"))
g.close()
g.close()
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError:", e)

def returns_value():
    yield 1
    return "done"

g = returns_value()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
print(list(returns_value()))
