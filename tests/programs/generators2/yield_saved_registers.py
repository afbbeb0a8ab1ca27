# What a suspended generator keeps: its locals (also the target of `x = yield ...`, which a
# throw() leaves unchanged) and the temporaries of an expression the yield sits inside.
def keeps_target():
    x = 5
    while True:
        try:
            x = yield x * 2
            print("sent", x)
        except KeyError:
            print("after throw x is", x)


gen = keeps_target()
print(next(gen))
print(gen.send(7))
print(gen.throw(KeyError))
print(gen.send(1))


def inside_expressions(items):
    total = [(yield "a"), (yield "b")] + [len(items) + (yield "c")]
    print("total", total)
    pair = (items[0], (yield items[-1]), items[1])
    print("pair", pair)
    acc = 0
    for x in items:
        acc = acc + x * (yield x)
    yield acc


gen = inside_expressions([10, 20, 30])
steps = [next(gen)]
for sent in (1, 2, 3, "mid", 4, 5, 6):
    try:
        steps.append(gen.send(sent))
    except StopIteration:
        steps.append("stop")
print(steps)
print(list(x + y for x in range(3) for y in (x, x * 10) if y))
