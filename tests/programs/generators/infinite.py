# Infinite generators stopped by the consumer.
def naturals():
    n = 1
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in naturals():
    if n > 7:
        break
    out.append(n)
print(out)
f = fib()
print([next(f) for _ in range(15)])
big = None
for x in fib():
    if x > 10 ** 20:
        big = x
        break
print(big)
def take(n, gen):
    result = []
    for item in gen:
        if len(result) >= n:
            break
        result.append(item)
    return result
print(take(5, naturals()), take(3, (x * x for x in naturals())))
