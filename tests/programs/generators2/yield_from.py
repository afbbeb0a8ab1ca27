# yield from: delegation, return values, send/throw forwarding.
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return f"inner({n}) done"

def outer():
    result = yield from inner(3)
    print("result:", result)
    result2 = yield from inner(2)
    print("result2:", result2)
    return "outer done"

print(list(outer()))
g = outer()
print(next(g), g.send("x"), g.send("y"))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)), {"k": 1})))

def delegating():
    try:
        yield from inner_catching()
    except KeyError:
        print("outer caught KeyError")
    yield "after"

def inner_catching():
    try:
        yield "inner 1"
        yield "inner 2"
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"

d = delegating()
print(next(d))
print(d.throw(ValueError("v")))
print(d.throw(KeyError("k")))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")

co = closing_outer()
print(next(co))
co.close()
print("gen return value via yield from:", list(x for x in [0]))
