# A float with units: inherited arithmetic gives plain floats unless overridden.
class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)!r})"

    def __add__(self, other):
        return Meters(float(self) + float(other))

    __radd__ = __add__

    def to_feet(self):
        return self * 3.28084


m = Meters(2.5)
print(m, str(m), repr(m), float(m), int(m))
print(m + 1, 1 + m, m + Meters(0.5), type(m + 1).__name__)
print(m * 2, type(m * 2).__name__, m - 1, m / 2, m // 1, m % 1, m ** 2, -m, abs(Meters(-1.5)))
print(round(m.to_feet(), 3), round(m), round(m, 1), m.is_integer(), m.real, m.imag)
print(f"{m:.3f}", f"{m}", format(m, "08.2f"), "%.1f" % m, "%s" % m)
print(m > 2, m == 2.5, 2.5 == m, m < Meters(3), hash(m) == hash(2.5), {m: "x"}[2.5])
print(isinstance(m, float), type(m) is float, Meters("1e3"), Meters())
print(sum([Meters(1), Meters(2)]), max(Meters(1), Meters(3)), sorted([Meters(2), Meters(1)]))
print(bool(Meters(0)), bool(Meters(0.1)), Meters(7) == 7)
print(divmod(Meters(7), 2), pow(Meters(2), 3))
