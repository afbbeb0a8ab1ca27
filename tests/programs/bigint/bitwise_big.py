# Bitwise operators on big and negative big ints.
a = (1 << 100) | 0xDEADBEEF
b = (1 << 90) - 1
print(a, b)
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, -a | 1, -a ^ b)
print(a >> 64, a >> 200, -a >> 64, a << 30)
print(hex(a), bin(1 << 70), oct(1 << 66))
print(hex(-a), (-1 << 100) >> 99)
n = 0
for i in range(0, 130, 13):
    n |= 1 << i
print(n, bin(n).count("1"))
print((2 ** 128 - 1) & (2 ** 64), (2 ** 128 - 1) ^ (2 ** 128 - 1))
