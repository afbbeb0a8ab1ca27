# Number format specs through str.format.
for n in [0, 5, -5, 1000, -123456, 2 ** 40]:
    print("{0:d}|{0:6d}|{0:<6d}|{0:^7d}|{0:+d}|{0: d}|{0:06d}|{0:,d}|{0:x}|{0:#b}".format(n))
for x in [0.0, 1.25, -1.25, 1234.5678, 1e-6, 6.02e23]:
    print("{0:f}|{0:.1f}|{0:9.2f}|{0:e}|{0:.3E}|{0:g}|{0:G}|{0:.2%}|{0:+.0f}|{0:,.3f}".format(x))
print("{:.2f}".format(1), "{:e}".format(5), "{:g}".format(100000), "{:g}".format(1000000))
print("{:x} {:o} {:b} {:X}".format(True, 8, 5, 3054))
