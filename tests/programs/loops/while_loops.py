# while loops: counters, collatz, digit manipulation.
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6), len(collatz(27)), max(collatz(27)))
n = 1234567
digits = []
while n > 0:
    digits.append(n % 10)
    n //= 10
print(digits, sum(digits))
x = 1.0
iters = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    iters += 1
print(x, iters)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
count = 10
while count:
    count -= 1
print(count)
