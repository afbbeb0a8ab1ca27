# round() with and without ndigits, banker's rounding, floats near halves.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1))
print(round(15, -1), round(25, -1), round(-35, -1), round(123456, -3), round(7, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(3, 1)))
print(round(1e20), round(1.23456789e-5, 7), round(123.456, -2), round(-0.0001, 2))
print(int(2.9), int(-2.9), 7 // 2.0, -7 // 2.0, 7.9 // 1)
