# Mixed int/float arithmetic and comparisons.
print(1 + 2.0, 3 * 0.5, 2 - 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 1 < 1.5, 2 > 1.999999, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(sum([1, 2.5, 3]), max(1, 2.0), max(2.0, 2), min(2, 2.0), sum([0.1] * 10))
print(abs(-2.5), abs(-3), divmod(7.5, 2), divmod(-7, 2.0), pow(2, 0.5), pow(2.0, 3))
print(3 / 2, 3.0 // 2, int(3 / 2), float(3) / 2, 1e3 + 1, 1e3 == 1000)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
x = 5
x /= 2
print(x, type(x))
x *= 2
print(x, x == 5, type(x))
print(hash(5) == hash(5.0), {5: "int"}[5.0], {1.0: "a", 1: "b"}, {True: 1, 1.0: 2})
