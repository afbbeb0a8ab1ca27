# A generator drained by a builtin goes on without suspending for the values it takes: the
# `yield` expressions are worth None, locals and handlers survive, and a refused value
# suspends it exactly there (later next()/send()/throw()/close() see the right state).


def echo(n):
    seen = []
    for i in range(n):
        got = yield i * 10
        seen.append(got)
    print("  echo saw", seen)
    return len(seen)


print("list:", list(echo(4)))
print("set:", sorted(set(echo(3))))
print("sum:", sum(echo(5)))
print("tuple:", tuple(echo(2)))


def handled(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError as e:
            got = yield (i, got_type(e))
            try:
                raise  # the exception being handled survived the yield
            except KeyError as again:
                print("  in handler after yield", i, got, repr(again))
    try:
        raise
    except RuntimeError as e:
        print("  outside handlers:", e)


def got_type(e):
    return type(e).__name__


print(list(handled(3)))
print(sorted(set(handled(2))))


def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally ran, last", i)


print(sum(with_finally(4)), list(with_finally(2)))


def mixed_then_send():
    total = 0
    for i in range(3):
        got = yield i
        if got is not None:
            total += got
    got = yield [total]  # a list: set() refuses it, the generator suspends here
    print("  resumed with", got)
    yield "after"
    return "done"


g = mixed_then_send()
try:
    set(g)
except TypeError as e:
    print("TypeError", e)
print("send:", g.send(41))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)


g = mixed_then_send()
print(next(g), g.send(5), g.send(6))
print("rest:", list(g))


def deep(level):
    if level == 0:
        yield from range(3)
        return "bottom"
    result = yield from deep(level - 1)
    yield level
    return result + str(level)


print(list(deep(4)), sum(deep(6)), sorted(set(deep(3))))


def counter_gen(n):
    local_a, local_b, local_c = [], {}, "s"
    for i in range(n):
        local_a.append(i)
        local_b[i] = local_c * i
        yield len(local_a) + len(local_b[i])


g = counter_gen(6)
print(next(g), next(g))
print("drained rest:", list(g))
print("after finish:", list(g), next(g, "exhausted"))


def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit at a drained generator's yield")
        raise


g = closing()
print(next(g))
g.close()
print("closed:", list(g))


def throw_target():
    while True:
        try:
            yield "v"
        except ValueError as e:
            print("  caught", e)
            yield "recovered"
            return


g = throw_target()
print(next(g), g.throw(ValueError("boom")), list(g))


def reentrant():
    yield 1
    yield list(inner)


inner = reentrant()
try:
    list(inner)
except ValueError as e:
    print("ValueError", e)
