# Generators keep local state between yields and interleave.
def tracer(name, n):
    print(name, "start")
    for i in range(n):
        print(name, "before yield", i)
        yield (name, i)
        print(name, "after yield", i)
    print(name, "end")

a = tracer("A", 2)
b = tracer("B", 2)
print(next(a))
print(next(b))
print(next(a))
print(next(b))
print(next(a, "A done"))
print(next(b, "B done"))
print(next(a, "A still done"))
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(running_total([3, 1, 4, 1, 5])))
print(list(zip(running_total(range(5)), running_total(range(5, 10)))))
