import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(3, 4), op.gt("b", "a"))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(sorted([3, 1, 2], key=op.neg), list(filter(op.truth, [0, 1, "", "a", None, [], [0]])))
print(op.__lt__(1, 2), op.__eq__("a", "b"), op.__not__(True))
try:
    op.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(op.eq(Box(1), Box(1)), op.ne(Box(1), Box(2)), op.lt(Box(1), Box(2)), op.gt(Box(1), Box(2)))
