# abs, round, divmod, pow, int, float, bool, hex/oct/bin.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(round(3.14159, 2), round(2.5), round(-2.5), round(2.675, 2), round(1234, -2), round(-7.5), round(0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3), divmod(10 ** 20, 3))
print(pow(2, 8), pow(2.0, -1), pow(-2, 3), pow(3, 4, 5), pow(10, -2), pow(4, 0.5))
print(int("12"), int(-2.7), int("0b11", 0), float("1.5e2"), float(7), bool("False"), bool(0.0))
print(hex(0), hex(4095), oct(64), bin(255), bin(-3), hex(2 ** 64), oct(-1))
print(chr(65), chr(0x263A), ord("a"), ord("\n"), ord("😀"), [chr(i) for i in range(97, 102)])
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(True), hash(2.0), hash(0.5))
