# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5), (1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
print(10 % 3.5, -10 % 3.5, 2 ** 10 % 1000)
