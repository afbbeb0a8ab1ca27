# A `for` loop over a generator whose body loops over another generator: resuming the outer
# one resumes the whole chain. Each link may finish, raise, be closed or re-enter itself.
def leaf(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"leaf failed at {i}")
        yield i


def link(source, tag):
    try:
        for item in source:
            yield (tag, item)
    finally:
        print("finally", tag)


def chain(depth, n, fail_at=None):
    source = leaf(n, fail_at)
    for level in range(depth):
        source = link(source, level)
    return source


print(list(chain(3, 3)))
print(sum(1 for _ in chain(5, 4)))
try:
    for value in chain(3, 5, fail_at=2):
        print("got", value)
except ValueError as err:
    print("ValueError:", err)

gen = chain(3, 10)
print(next(gen), next(gen))
gen.close()
print("closed")

gen = link(leaf(10), "solo")
print(next(gen))
try:
    gen.throw(KeyError("thrown"))
except KeyError as err:
    print("KeyError:", err)


def recursive(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for tail in recursive(items[:i] + items[i + 1 :]):
            yield [items[i]] + tail


print(list(recursive([1, 2, 3])))
print(sum(1 for _ in recursive(list(range(6)))))


def reentrant():
    for item in leaf(3):
        yield item
        for again in me:
            yield again


me = reentrant()
try:
    for value in me:
        print("reentrant", value)
except ValueError as err:
    print("ValueError:", err)


def stops_early():
    for item in leaf(2):
        yield item
    return "done"


def outer():
    result = yield from stops_early()
    print("result", result)
    for item in stops_early():
        yield item * 10


print(list(outer()))


def raises_stop_iteration():
    for item in leaf(2):
        yield item
        raise StopIteration("inner")


def wraps():
    for item in raises_stop_iteration():
        yield item


try:
    print(list(wraps()))
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))
