# Arithmetic crossing the 64-bit boundary in both directions.
big = 2 ** 64
print(big, big - 1, big + 1, -big, big * big)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63) * 2 - 2 ** 64)
print(big // 3, big % 3, -big // 3, -big % 3, big // -7, big % -7)
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7))
x = 9223372036854775807
print(x + 1, x * 2, x * x, -x - 1, -x - 2)
print((x + 1) - 1 == x, type(x + 1), (x + 1) // 2 == 2 ** 62)
print(10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 41, 10 ** 40 > -10 ** 50)
print(abs(-10 ** 25), max(10 ** 20, 10 ** 19), min(-10 ** 20, 5))
print(12345678901234567890 * 98765432109876543210)
print(123456789 ** 5)
print(sum(range(10 ** 6)), sum([2 ** i for i in range(100)]))
print(10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 50)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
