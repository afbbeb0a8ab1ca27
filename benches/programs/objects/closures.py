# Closures: counters and accumulators over nonlocal cells, function factories, composed
# functions and lambdas captured in lists.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_accumulator():
    total = 0
    calls = 0

    def add(value):
        nonlocal total, calls
        total += value
        calls += 1
        return total

    def mean_times_100():
        return total * 100 // calls

    return add, mean_times_100


def compose(f, g):
    return lambda x: f(g(x))


def make_polynomial(a, b, c):
    def evaluate(x):
        return (a * x + b) * x + c

    return evaluate


def main(n):
    counters = [make_counter(step) for step in range(1, 6)]
    add, mean_times_100 = make_accumulator()
    for i in range(n):
        add(counters[i % 5]())
    square_then_increment = compose(lambda x: x + 1, lambda x: x * x)
    polynomials = [make_polynomial(a, a + 1, a + 2) for a in range(10)]
    checksum = 0
    for i in range(n):
        checksum = (checksum + square_then_increment(i % 1000) + polynomials[i % 10](i % 100)) % 1000000007
    adders = [lambda x, k=k: x + k for k in range(8)]
    folded = 0
    for i in range(n // 4):
        for adder in adders:
            folded = adder(folded) % 1000003
    print(mean_times_100(), checksum, folded, [counter() for counter in counters])


main(1000000)
