# Polynomial arithmetic over integers: operators, evaluation (Horner), derivative,
# long division with remainder, GCD, string rendering and root finding by bisection.

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else -other)

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [x for x in self.c]
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        lead = other.c[-1]
        for k in range(len(rem) - len(other.c), -1, -1):
            q = rem[k + len(other.c) - 1] / lead
            q = int(q) if q == int(q) else q
            quot[k] = q
            for j, b in enumerate(other.c):
                rem[k + j] -= q * b
        return Poly(quot), Poly(rem[:len(other.c) - 1] or [0])

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {b}" for s, b in terms[1:])


def gcd(a, b):
    while b.degree >= 0:
        a, b = b, a % b
    lead = a.c[-1]
    return Poly([x / lead for x in a.c])


def bisect_root(p, lo, hi, tol=1e-12):
    if p(lo) * p(hi) > 0:
        raise ValueError(f"no sign change on [{lo}, {hi}]")
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if p(lo) * p(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return round((lo + hi) / 2, 9)


def main():
    p = Poly.from_roots(1, 2, -3)
    q = Poly([1, 1]) ** 3
    print(p, "|", q, "|", p.degree, q.degree)
    print(p + q, "|", p - q, "|", p * 2, "|", 3 + q, "|", -p)
    print(p * q)
    print([p(x) for x in range(-4, 4)], q(10), p.derivative(), q.derivative().derivative())
    quot, rem = divmod(q, Poly([2, 1]))
    print(quot, "rem", rem, quot * Poly([2, 1]) + rem == q)
    print(p // Poly([-1, 1]), "|", p % Poly([0, 1]))
    print(gcd(p, Poly.from_roots(2, 5)), gcd(Poly.from_roots(1, 1, 4), Poly.from_roots(1, 4, 7)))
    cubic = Poly([-2, 0, 0, 1])
    print("cube root of 2:", bisect_root(cubic, 0, 2), "roots of p:", [bisect_root(p, a, b) for a, b in [(-4, 0), (0, 1.5), (1.5, 3)]])
    try:
        bisect_root(Poly([1, 0, 1]), -1, 1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        divmod(p, Poly([0]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(Poly([0]), Poly([0, 0, 5]), Poly([-1]), Poly([0, -1]), Poly([3, 0, -2, 0, 1]))


main()
