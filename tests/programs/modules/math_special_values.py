# Every math function on special and ordinary values, printing the result or the error.
import math
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 1e-300, 1e-320, 0.1, 0.7, 1.5, 2.5, 10.0, 100.0, 171.5, 200.0, -2.5, -171.5, 1e10, 1e300, -1e300, 710.0, -710.0, 1e308, float("inf"), float("-inf"), float("nan"), 5, -3, 0, True, 10**20, 2**1023, 123456789]
one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
def show(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for name in one:
    f = getattr(math, name)
    print("--", name)
    for v in values:
        show(f, v)
two = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot", "log", "isclose", "dist2"]
pairs = [(a, b) for a in [0.0, -0.0, 1.0, -1.5, 2.0, 3.5, 1e308, float("inf"), float("-inf"), float("nan"), 7, -2] for b in [0.0, -0.0, 1.0, -2.5, 0.5, 3.0, 1e-300, float("inf"), float("-inf"), float("nan"), 2, -3]]
for name in two:
    print("--", name)
    for a, b in pairs:
        if name == "dist2":
            show(math.dist, (a, b), (b, a))
        else:
            show(getattr(math, name), a, b)
print("-- ints")
for n in [0, 1, 5, 20, 21, 50, 100]:
    show(math.factorial, n)
    show(math.isqrt, n * 10**30 + 7)
for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (50, 25), (100, 3), (0, 0), (5, -1), (-5, 2)]:
    show(math.comb, n, k)
    show(math.perm, n, k)
show(math.perm, 7)
show(math.gcd, 12, 18, 27)
show(math.gcd)
show(math.gcd, -4)
show(math.lcm, 4, 6, 10)
show(math.lcm)
show(math.lcm, 0, 3)
show(math.gcd, 2**100, 2**80 * 3)
show(math.lcm, 2**70, 3**40)
print("-- misc")
show(math.fsum, [0.1] * 10)
show(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show(math.fsum, [1e308, 1e308])
show(math.fsum, [float("inf"), 1.0])
show(math.fsum, [float("inf"), float("-inf")])
show(math.fsum, [])
show(math.fsum, range(10))
show(math.prod, [1, 2, 3, 4])
show(math.prod, [1.5, 2, 3])
show(math.prod, [2] * 100)
print(math.prod([], start=5))
show(math.prod, ["a", 3])
show(math.ldexp, 1.0, 10)
show(math.ldexp, 3.0, -1080)
show(math.ldexp, 1.0, 2000)
show(math.ldexp, 1.0, -2**70)
show(math.ldexp, 0.75, 2**70)
show(math.log, 100, 10)
show(math.log, 2**2000, 2)
show(math.log, 10**500)
show(math.log10, 10**500)
show(math.log2, 3**1000)
show(math.log, 0)
show(math.log, -5)
show(math.log, 1, 1)
show(math.hypot)
show(math.hypot, 3)
show(math.hypot, 1, 2, 3, 4, 5)
show(math.hypot, *[0.1 * i for i in range(20)])
show(math.hypot, 1e-310, 1e-310)
show(math.hypot, 1e300, 1e300)
show(math.dist, [1, 2, 3], [4, 5, 6])
show(math.dist, [1], [1, 2])
show(math.isclose, 1.0, 1.0 + 1e-10)
print(math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11))
show(math.floor, 10**30)
show(math.ceil, -2.5)
show(math.trunc, 1e20)
show(math.floor, "x")
show(math.trunc, "x")
show(math.sqrt, "x")
show(math.sqrt, 10**400)
show(math.factorial, -1)
show(math.factorial, 2.0)
show(math.isqrt, -1)
print(math.pi, math.e, math.tau, math.inf, math.nan)
for x in [0.001 * i for i in range(1, 200, 7)]:
    print(math.gamma(x * 37), math.lgamma(x * 37 - 3.3), math.hypot(x, 1 - x, x * 3))
