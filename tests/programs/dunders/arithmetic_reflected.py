# Binary operators: __op__, __rop__, NotImplemented fallback and the TypeError at the end.
class Vec:
    def __init__(self, *items):
        self.items = list(items)

    def __repr__(self):
        return f"Vec{tuple(self.items)}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.items, other.items)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.items))
        return NotImplemented

    def __radd__(self, other):
        print("  radd", other)
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(*(-a for a in self.items))

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.items))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.items))

    def __rtruediv__(self, k):
        return Vec(*(k / a for a in self.items))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.items))

    def __mod__(self, k):
        return Vec(*(a % k for a in self.items))

    def __pow__(self, k):
        return Vec(*(a**k for a in self.items))

    def __rpow__(self, base):
        return Vec(*(base**a for a in self.items))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.items, other.items))

    def __and__(self, other):
        return "and"

    def __rshift__(self, n):
        return Vec(*(self.items[n:] + self.items[:n]))


v, w = Vec(1, 2), Vec(10, 20)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, 2.5 * v)
print(v / 2, 2 / v, v // 2, v % 2, v ** 2, 2 ** v, v @ w, v & w, Vec(1, 2, 3) >> 1)
print(sum([v, w]), sum([v, w], Vec(0, 0)))
for expr in ["v * v", "v + 'x'", "'x' + v", "v - 'x'", "v | w", "v << 1", "[1] * v"]:
    try:
        eval_result = {"v * v": lambda: v * v, "v + 'x'": lambda: v + "x", "'x' + v": lambda: "x" + v,
                       "v - 'x'": lambda: v - "x", "v | w": lambda: v | w, "v << 1": lambda: v << 1,
                       "[1] * v": lambda: [1] * v}[expr]()
        print(expr, "=", eval_result)
    except TypeError as e:
        print(expr, "TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


class Tip(Money):
    def __radd__(self, other):
        return f"Tip.__radd__ first ({other!r})"


print(Money(150) + Money(25), Money(1) + Tip(2))
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - Money(1)
except TypeError as e:
    print("TypeError:", e)
