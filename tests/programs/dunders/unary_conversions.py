# Unary operators and conversions: __neg__, __pos__, __abs__, __invert__, __int__,
# __float__, __index__ (slicing, range, hex, bin), __round__, __trunc__.
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(abs(self.v))

    def __abs__(self):
        return abs(self.v) * 100

    def __invert__(self):
        return "inverted"

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"

    def __trunc__(self):
        return 7

    def __repr__(self):
        return f"Num({self.v})"


n = Num(-2.5)
print(-n, +n, abs(n), ~n, int(n), float(n), round(n), round(n, 1), math.trunc(n))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


i = Idx(2)
items = list(range(10))
print(items[i], items[i:Idx(5)], items[::Idx(3)], list(range(Idx(3))), hex(Idx(255)), bin(i), oct(i))
print("ab" * Idx(3), [0] * Idx(2), int(Idx(9)), float(Idx(4)), (10).__pow__(Idx(2)), operator_like := i.__index__())
for bad, action in [(object(), "-"), (object(), "~"), (object(), "abs"), ("x", "int")]:
    try:
        if action == "-":
            -bad
        elif action == "~":
            ~bad
        elif action == "abs":
            abs(bad)
        else:
            int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class BadInt:
    def __int__(self):
        return "no"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][Num(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
