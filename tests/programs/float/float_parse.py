# Converting strings to floats and floats to strings.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0", "inf", "-Infinity", "1e308", "2e-308"]:
    print(repr(s), float(s))
print(float(10), float(-7), float(True), float(2 ** 60))
print(str(1.0), str(10.0 ** 20), str(1e-7), str(123.0), str(0.000001), str(1e16))
print(float("0.1") + float("0.2"), float(str(0.1)) == 0.1)
print(repr(float("3.141592653589793238462643383279")))
