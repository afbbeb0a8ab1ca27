import operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
print(op.isub(5, 3), op.imul([0], 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1, 2}
print(op.ior(s, {3}), s, op.iand(s, {1, 3}), s)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, n):
        self.total += n
        return self


acc = Acc()
print(op.iadd(acc, 5) is acc, acc.total)
try:
    op.iconcat(1, [2])
except TypeError as e:
    print("TypeError:", e)
