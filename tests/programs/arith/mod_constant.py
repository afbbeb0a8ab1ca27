# `x % k` with a positive int constant k (one ModConst instruction in Tauraro).
def f():
    out = []
    for a in (7, -7, 0, 2**62, -2**63, 10**30, -10**30, 3.5, -3.5, True, False):
        out.append((a % 3, a % 1000000007, a % 1, a % 2**40))
    print(out)
    try:
        print("x" % 5)
    except TypeError as e:
        print(e)
    print("%d items" % 5)
    class M:
        def __mod__(self, other):
            return ("mod", other)
        def __rmod__(self, other):
            return ("rmod", other)
    print(M() % 7, 7 % M())
    print([i % 4 for i in range(-6, 7)])
    x = 10
    x = x % 4
    print(x, -1 % 10, (-5) % 3)
f()
print(2 % 3, -2 % 3)
