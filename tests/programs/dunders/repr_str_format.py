# __repr__, __str__ (falling back to __repr__), __format__ and the f-string conversions.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"


class StrOnly:
    def __str__(self):
        return "just str"


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if spec == "":
            return f"${self.amount}"
        if spec == "cents":
            return f"{self.amount * 100:.0f}c"
        return f"${format(self.amount, spec)}"

    def __repr__(self):
        return f"Money({self.amount})"


b, r = Both(), ReprOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b))
print(r, str(r), [r], f"{r}", format(r), "{}".format(r), "{!r}".format(r))
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"), [s][0] is s)
m = Money(2.5)
print(f"{m}", f"{m:cents}", f"{m:.3f}", format(m, "08.2f"), "{:cents}".format(m), m, [m])
try:
    format(r, "x")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for value, action in [(BadRepr(), repr), (BadStr(), str), (BadFormat(), format)]:
    try:
        action(value)
    except TypeError as e:
        print("TypeError:", e)


class Nested:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Nested({self.child!r})"


print(Nested(Nested(Nested())), ascii(Nested("é")))
