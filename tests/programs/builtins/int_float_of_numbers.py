# int()/float() of ints and floats (the constructors' unbound fast path) against the general path.
for v in [0, -0.0, 3.7, -3.7, 1e18, -9.1e18, 2.5, -2.5, 7, -7, True, 10**20]:
    print(repr(int(v)), repr(float(v)))
for bad in [float("nan"), float("inf"), 1e19, -1e300]:
    try:
        print(int(bad))
    except Exception as e:
        print(type(e).__name__, e)
class F(float): pass
class I(int): pass
print(type(F(2)).__name__, F(2), type(I(2.5)).__name__, I(2.5))
print(float(F(1.5)), int(I(4)), type(float(F(1.5))).__name__, type(int(I(4))).__name__)
