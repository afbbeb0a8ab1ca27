# True division always produces a float.
print(10 / 2, 1 / 3, 2 / 3, -1 / 3, 7 / -2)
print(1 / 2 + 1 / 2, 0.1 + 0.2, 0.1 * 3, 1 - 0.9)
print(type(4 / 2), 4 / 2 == 2)
print(10 ** 20 / 10 ** 10, 2 ** 53 / 1, (2 ** 53 + 1) / 1)
print(1 / 7, 22 / 7, 355 / 113)
print(3 / 1.5, 1.5 / 3, -0.0 / 1, 0 / -1)
print(123456789 / 1000, 1e300 / 10)
total = 0
for i in range(1, 11):
    total += 1 / i
print(total)
print(sum([1 / n for n in range(1, 6)]))
