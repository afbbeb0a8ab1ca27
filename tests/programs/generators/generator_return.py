# return inside a generator ends iteration.
def until_negative(values):
    for v in values:
        if v < 0:
            return
        yield v
    yield "no negatives"

print(list(until_negative([1, 2, -1, 3])), list(until_negative([4, 5])))
def with_value():
    yield 1
    return "ignored by list()"
print(list(with_value()))
g = with_value()
print(next(g), next(g, "default after return"))
def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested_loops()))
