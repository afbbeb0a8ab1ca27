# Yields in every expression position: the generator keeps exactly the values its code still
# needs across each suspension (operands evaluated before the yield, loop iterators, handlers).


def positions():
    total = 0
    items = [10, 20, 30]
    for index, item in enumerate(items):
        got = yield item
        total += got or 0
    pair = (items[0], (yield "in a tuple"), items[-1])
    mixed = items[1] + (yield "right operand") * 2 - items[0]
    call = max(items[2], (yield "argument"), key=lambda v: -v)
    keyword = dict(a=1, b=(yield "keyword"), c=items[0])
    text = f"{items[0]}-{(yield 'in an f-string')}-{items[2]}"
    nested = [items, (yield "list")]
    cond = (yield "condition") if items else None
    chained = 0 < (yield "comparison") < 100
    sliced = items[(yield "start"):(yield "stop")]
    subscript = {"k": items}[(yield "key")][(yield "index")]
    method = "-".join([str(items[0]), (yield "method arg")])
    unpacked = [*items[:1], *(yield "starred"), items[2]]
    lambda_result = (lambda x, y: x * y)(items[0], (yield "lambda arg"))
    yield ("results", total, pair, mixed, call, keyword, text, nested, cond, chained,
           sliced, subscript, method, unpacked, lambda_result)


gen = positions()
sent = [None, 1, 2, 3, "second", 5, 6, 7, "fstr", "list", "cond", 50, 1, 3, "k", 2, "m",
        [8, 9], 4]
value = gen.send(None)
answers = iter(sent[1:])
while True:
    print("yielded", repr(value))
    if isinstance(value, tuple):
        break
    value = gen.send(next(answers))
for part in value:
    print(repr(part))


def loops_and_handlers():
    log = []
    for i in range(3):
        j = 0
        while j < i:
            try:
                got = yield (i, j)
                log.append(got)
                if got == "raise":
                    raise ValueError(i)
            except ValueError as err:
                log.append(("caught", err.args))
                yield "handled"
            finally:
                log.append(("finally", i, j))
            j += 1
    with open(__file__) as handle:
        first = handle.readline()
        yield "in with"
        log.append(first[:5])
    yield log


g = loops_and_handlers()
print(next(g))
print(g.send("a"))
print(g.send("raise"))
print(next(g))
for step in g:
    print(step)


def yield_from_chain(depth):
    if depth == 0:
        got = yield "leaf"
        return got * 2
    result = yield from yield_from_chain(depth - 1)
    extra = yield ("level", depth, result)
    return result + (extra or 0)


g = yield_from_chain(3)
print(next(g))
print(g.send(5))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as stop:
    print("returned", stop.value)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def temporaries():
    # A temporary of a finished expression is not kept by the suspended generator.
    size = len([Tracked("temp list item")])
    yield size
    keep = Tracked("local")
    yield keep.name
    print("resumed with", keep.name)


g = temporaries()
print(next(g))
print(next(g))
print(next(g, "done"))
del g
print("end")
