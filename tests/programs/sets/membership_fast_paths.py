# `x in set` / `x in frozenset` / `int in list`, including the cases that must call __eq__.
s = {1, 2, 3, "a", (1, 2), 2.5}
f = frozenset([10, 20, "b"])
print(1 in s, 4 in s, "a" in s, "z" in s, (1, 2) in s, 2.5 in s, 1.0 in s, True in s)
print(10 in f, 11 in f, "b" in f, -1 in {-1}, -2 in {-1}, 2**62 in {2**62}, 2**64 in {2**64})
print([] in [[]], 3 in [1, 2, 3], 4 in [1, 2, 3], 1 in [True], 0 in [False, 1], 2 in [1.0, 2.0])
print(3 not in [1, 2], 2 not in {2}, 5 in [], 5 in set())


class Eq:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        print("eq called", self.value, other)
        return self.value == other

    def __hash__(self):
        return hash(self.value)


print(7 in {Eq(7)}, 8 in {Eq(7)}, 7 in [1, Eq(7)], 9 in [Eq(1), 2])
try:
    [] in {1}
except TypeError as error:
    print(error)


class IntLike(int):
    def __eq__(self, other):
        print("IntLike eq")
        return True

    __hash__ = int.__hash__


print(5 in [IntLike(3)], 3 in {IntLike(3)})
