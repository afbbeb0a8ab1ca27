# A class hierarchy with properties and operator overloading: vectors and money.

import math


class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    @property
    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))


class Money:
    def __init__(self, cents, currency="EUR"):
        self._cents = int(cents)
        self._currency = currency
    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
        return cls(sign * cents, currency)
    @property
    def cents(self):
        return self._cents
    @property
    def currency(self):
        return self._currency
    @currency.setter
    def currency(self, value):
        if len(value) != 3:
            raise ValueError(f"bad currency {value!r}")
        self._currency = value
    def _check(self, other):
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money and {type(other).__name__}")
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
    def __add__(self, other):
        self._check(other)
        return Money(self.cents + other.cents, self.currency)
    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.currency)
    def __mul__(self, factor):
        return Money(round(self.cents * factor), self.currency)
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
    def split(self, n):
        base, extra = divmod(self.cents, n)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(n)]


def main():
    a, b = Vector(3, 4), Vector(-1, 2)
    print(a + b, a - b, a * 2, 3 * b, a * b, -a)
    print(abs(a), round(b.angle, 3), bool(Vector()), bool(b))
    print(list(a), dict(zip("xy", b)), a == Vector(3, 4), a != b)
    print(len({a, Vector(3, 4), b}))
    try:
        a + 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.z = 1
    except AttributeError as e:
        print("AttributeError:", e)
    prices = [Money.parse(t) for t in ["12.50 EUR", "3.05 EUR", "-0.75 EUR", "100 EUR"]]
    print(prices)
    total = prices[0]
    for p in prices[1:]:
        total = total + p
    print("total", total, "max", max(prices), "min", min(prices))
    print([str(m) for m in sorted(prices)])
    print([str(m) for m in Money(1000).split(3)], total * 1.5)
    for bad in [lambda: total + Money(5, "USD"), lambda: total + 5, lambda: setattr(total, "currency", "EURO")]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    total.currency = "USD"
    print(total, total == Money(11480, "USD"))
    try:
        total.cents = 5
    except AttributeError as e:
        print("AttributeError:", e)


main()
