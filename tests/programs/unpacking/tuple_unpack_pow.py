# Unpacking tuples straight into names (also a tuple that is rebound by the unpacking), and
# float powers with their special cases.
pairs = [(1, 2), (3.5, "x"), ((4, 5), [6])]
for a, b in pairs:
    print(a, b)
t = (7, 8)
t, u = t
print(t, u)
try:
    p, q = (1, 2, 3)
except ValueError as error:
    print(error)
try:
    p, q = (1,)
except ValueError as error:
    print(error)
for base, exponent in [(2.0, 0.5), (10.0, -2.0), (1.0, 1e308), (0.5, 2000.0), (1e10, 1e10),
                       (0.0, 2.0), (-8.0, 2.0), (-8.0, 3.0), (float("inf"), 0.5), (2.0, float("nan")),
                       (float("nan"), 0.0), (1e-300, 3.0), (0.0, -1.0)]:
    try:
        print(base, exponent, base ** exponent)
    except (OverflowError, ZeroDivisionError, ValueError) as error:
        print(base, exponent, type(error).__name__, error)
