# Float functions of math on random inputs: results must match CPython bit for bit.
import math
import random as _r
_r.seed(7)
xs = [_r.uniform(-3, 3) for _ in range(300)] + [_r.uniform(-50, 50) for _ in range(300)] + [_r.random() * 10 ** _r.randint(-20, 20) for _ in range(300)]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2", "expm1", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for i in range(0, 600, 2):
    a, b = xs[i], xs[i + 1]
    print(math.atan2(a, b), math.hypot(a, b), math.hypot(a, b, a * b), math.fmod(a, b), math.remainder(a, b), math.dist((a, b, 1.0), (b, a, 2.0)))
    try:
        print(math.pow(abs(a), b))
    except OverflowError:
        print("overflow")
