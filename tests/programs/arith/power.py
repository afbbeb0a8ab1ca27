# Exponentiation with int and float operands.
for base in [-3, -2, -1, 0, 1, 2, 3, 10]:
    print(base, [base ** e for e in range(6)])
print(2 ** -2, 10 ** -3, (-2) ** -3, 0.5 ** 2, 4 ** 0.5, 8 ** (1 / 3))
print(2 ** 0.5, 2.0 ** 10, (-8.0) ** 2, 1.5 ** 3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2, -1))
print(pow(5, 0), pow(0, 0), 0 ** 0, 0.0 ** 0)
print(2 ** 62, 2 ** 63, 2 ** 64, -2 ** 63)
x = 3
x **= 4
print(x)
print(10 ** 18, 10 ** 19 // 10 ** 18)
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
