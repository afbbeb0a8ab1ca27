# A fraction class and a matrix calculator over fractions, with __hash__ and equality.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __eq__(self, o):
        if isinstance(o, int):
            o = Frac(o)
        if not isinstance(o, Frac):
            return NotImplemented
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __float__(self):
        return self.num / self.den


class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac.of(x) for x in row] for row in rows]
        self.n = len(rows)
        self.m = len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
            cols = list(zip(*o.rows))
            return Matrix([[sum((a * b for a, b in zip(row, col)), Frac(0)) for col in cols] for row in self.rows])
        return Matrix([[a * o for a in row] for row in self.rows])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __hash__(self):
        return hash(tuple(tuple(r) for r in self.rows))
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def inverse(self):
        n = self.n
        aug = [row[:] + [Frac(1 if i == j else 0) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])
    def determinant(self):
        try:
            inv = self.inverse()
        except ValueError:
            return Frac(0)
        rows = [r[:] for r in self.rows]
        det = Frac(1)
        for col in range(self.n):
            pivot = next(r for r in range(col, self.n) if rows[r][col] != 0)
            if pivot != col:
                rows[col], rows[pivot] = rows[pivot], rows[col]
                det = -det
            det = det * rows[col][col]
            for r in range(col + 1, self.n):
                f = rows[r][col] / rows[col][col]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[col])]
        return det
    def __repr__(self):
        width = max(len(repr(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in row) + "]" for row in self.rows)


def main():
    a, b = Frac(1, 3), Frac(-2, 4)
    print(a + b, a - b, a * b, a / b, 1 + a, 2 - a, 3 * b, -b)
    print(Frac(6, -8), Frac(10, 5) == 2, Frac(1, 2) == Frac(2, 4), float(Frac(1, 8)))
    print(sorted([Frac(1, 2), Frac(1, 3), Frac(-1, 7), Frac(5, 4)]))
    print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(2)}), hash(Frac(4, 2)) == hash(2))
    m = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
    print(m)
    inv = m.inverse()
    print(inv)
    print(m * inv == Matrix.identity(3), inv * m == Matrix.identity(3))
    print("det", m.determinant(), "det inv", inv.determinant())
    print(m.transpose() == m, hash(m) == hash(Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])))
    print(m + m * Frac(1, 2))
    rect = Matrix([[1, 2], [3, 4], [5, 6]])
    print(rect.transpose() * rect)
    for bad in [lambda: rect * rect, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Frac(1, 0)]:
        try:
            bad()
        except (ValueError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
    print(Matrix([[1, 2], [2, 4]]).determinant())
    total = sum((Frac(1, n * (n + 1)) for n in range(1, 20)), Frac(0))
    print("telescoping", total)


main()
