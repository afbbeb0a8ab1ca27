# Bitwise operators on ints, including negative numbers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -1 | 0, -8 >> 1, -1 >> 10, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 0, 1 << 10, 1 << 40, 1 << 70)
print(255 >> 4, 255 >> 100, (1 << 70) >> 69)
print(~0, ~-1, ~255, ~(1 << 64))
print(True & False, True | False, True ^ True, ~True)
x = 0
for i in range(8):
    if i % 3 == 0:
        x |= 1 << i
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0xFF
print(x, hex(x))
x <<= 3
x >>= 1
print(x)
print(0x7FFFFFFF + 1, 0xFFFFFFFF & 0x0F0F0F0F)
