# Sign handling and comparisons of big ints.
vals = [-(10 ** 20), -(2 ** 64), -1, 0, 1, 2 ** 63, 2 ** 64, 10 ** 20]
print(sorted(vals, reverse=True))
print([v // 10 ** 9 for v in vals])
print([v % 10 ** 9 for v in vals])
print([-v for v in vals])
print([abs(v) > 2 ** 63 for v in vals])
print(max(vals), min(vals), sum(vals))
print((-(10 ** 20)) ** 3, (-(2 ** 64)) ** 2)
print(-(10 ** 20) // -(10 ** 10), -(10 ** 20) % 3)
print(-(2 ** 64) < -(2 ** 63) < 0 < 2 ** 63 < 2 ** 64)
print(2 ** 64 == 18446744073709551616, 2 ** 64 != 18446744073709551616)
print(divmod(-(10 ** 25), 10 ** 12 + 7))
