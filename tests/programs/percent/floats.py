# Float conversions with %.
for x in [0.0, -0.0, 1.0, 3.14159265, -2.5, 1e-5, 123456789.123, 1e22, float("inf"), float("nan")]:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.3g|%+.1f|%010.2f" % (x, x, x, x, x, x, x, x, x, x, x))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s %r" % (0.1, 0.1), "%s" % 1e16, "%d" % 1e16)
print("%#.0f %#g %#x" % (3.0, 2.0, 0))
