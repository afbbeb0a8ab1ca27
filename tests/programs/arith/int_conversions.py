# int() from strings, floats and bases.
print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"), int("1_000_000"))
print(int(3.99), int(-3.99), int(1e10), int(True), int(-0.5))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o17", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("Tauraro", 36))
print(int(), int("10", 10), int("-0"))
print(int(2 ** 70 + 0.0), int("123456789012345678901234567890"))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8), hex(0))
