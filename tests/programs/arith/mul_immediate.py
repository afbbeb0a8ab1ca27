# `x * k` with a small int constant k (one MulImm instruction in Tauraro) on every operand type.
def f():
    for a in (3, -3, 0, 2**62, -2**62, 10**30, 2.5, -0.0, float("inf"), float("nan"), True, "ab", [1, 2], (1,), b"x"):
        print(repr(a * 2), repr(a * -1), repr(a * 0), repr(a * 31))
    class M:
        def __mul__(self, other):
            return ("mul", other)
        def __rmul__(self, other):
            return ("rmul", other)
    print(M() * 3)
    try:
        None * 2
    except TypeError as e:
        print(e)
    try:
        print("x" * 2 * 10**20)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
    x = 7
    x = x * 3
    print(x, -2**63 * 1, (-2**63) * -1)
f()
