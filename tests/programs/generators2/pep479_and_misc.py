# PEP 479, iter(callable, sentinel), next(it, default), generator expressions.
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def manual_next():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return

print(list(manual_next()))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))
print(next(iter([]), "default"), next(iter("z"), "default"))

squares = (x * x for x in range(5))
print(next(squares), next(squares), list(squares), list(squares))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(sum(countdown(100)), max(countdown(7)), sorted(countdown(4)))
gen = countdown(2)
print(iter(gen) is gen, gen.__next__(), next(gen), next(gen, "empty"))

def running_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield "inside except"
        yield "still inside"

r = running_in_handler()
print(next(r))
try:
    raise ValueError("caller")
except ValueError as e:
    print(next(r), "| caller handling:", repr(e))
