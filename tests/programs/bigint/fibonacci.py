# Large Fibonacci numbers computed iteratively and by fast doubling.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)

for n in [10, 50, 90, 93, 94, 100, 200]:
    print(n, fib_iter(n), fib_iter(n) == fib_doubling(n)[0])
f = fib_doubling(1000)[0]
print(len(str(f)), f % 10 ** 10)
print(fib_iter(300) // fib_iter(299))
