import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4.5), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.invert(5), op.inv(0), op.lshift(1, 10), op.rshift(1024, 3), op.index(7), op.index(True))
print(op.__add__(2, 3), op.__mul__(2, 3), op.__neg__(1), op.__invert__(1))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(op.add, range(10)), reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]))


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __matmul__(self, other):
        return self.x * other.x

    def __neg__(self):
        return Vec(-self.x)

    def __index__(self):
        return self.x


print(op.add(Vec(1), Vec(2)).x, op.matmul(Vec(3), Vec(4)), op.neg(Vec(5)).x, op.index(Vec(9)))
for f, args in [(op.add, (1, "a")), (op.truediv, (1, 0)), (op.index, ("a",)), (op.index, (1.5,)), (op.neg, ("s",))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
