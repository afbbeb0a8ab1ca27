# divmod/pow and their reflected forms, @, //, %, shifts and bitwise dunders.
class Mod:
    def __init__(self, v, m=7):
        self.v, self.m = v % m, m

    def __repr__(self):
        return f"{self.v} (mod {self.m})"

    def __add__(self, o):
        return Mod(self.v + int(o), self.m)

    __radd__ = __add__

    def __mul__(self, o):
        return Mod(self.v * int(o), self.m)

    __rmul__ = __mul__

    def __pow__(self, e, modulo=None):
        return Mod(pow(self.v, e, self.m), self.m)

    def __rpow__(self, base):
        return f"rpow({base}, {self.v})"

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __floordiv__(self, o):
        return Mod(self.v // o, self.m)

    def __rfloordiv__(self, o):
        return o // self.v

    def __mod__(self, o):
        return self.v % o

    def __rmod__(self, o):
        return o % self.v

    def __lshift__(self, n):
        return Mod(self.v << n, self.m)

    def __rlshift__(self, n):
        return n << self.v

    def __or__(self, o):
        return ("or", self.v, o)

    def __ror__(self, o):
        return ("ror", o, self.v)

    def __xor__(self, o):
        return ("xor", self.v, o)

    def __rand__(self, o):
        return ("rand", o, self.v)

    def __int__(self):
        return self.v


x = Mod(5)
print(x + 4, 4 + x, x * 3, 3 * x, x ** 2, 2 ** x, pow(x, 3))
print(divmod(x, 2), divmod(10, x), x // 2, 20 // x, x % 3, 13 % x, x << 1, 1 << x)
print(x | 1, 1 | x, x ^ 2, 3 & x)
try:
    x @ x
except TypeError as e:
    print("TypeError:", e)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self


m = Matrix([[1, 2], [3, 4]])
print((m @ m).rows)
m @= Matrix([[0, 1], [1, 0]])
print(m.rows)
try:
    divmod(object(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(object(), 2)
except TypeError as e:
    print("TypeError:", e)
