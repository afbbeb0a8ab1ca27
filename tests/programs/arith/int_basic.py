# Basic integer arithmetic and operator precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 10 ** 0)
print(+a, -a, --a, -(-a), ~a, ~-a)
print(7 - 3 - 2, 64 // 4 // 2, 100 % 7 % 3)
print(1 + 2 - 3 * 4 // 5 % 6)
x = 0
print(x == 0, x != 0, x < 1, x <= 0, x > -1, x >= 1)
print(abs(-42), abs(0), abs(42))
print(0 * -1, -0, 0 // 5, 0 % 5)
