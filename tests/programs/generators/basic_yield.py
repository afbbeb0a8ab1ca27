# Generator functions with yield.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"), next(g, None))
def squares():
    for x in range(1, 4):
        print("producing", x)
        yield x * x
    print("exhausted")

for s in squares():
    print("got", s)
def empty():
    return
    yield
print(list(empty()))
def multi_yield():
    yield "a"
    yield "b"
    yield "c"
print(list(multi_yield()), "-".join(multi_yield()), list(enumerate(multi_yield())))
