# __eq__ without __hash__ makes instances unhashable; __hash__ = None; inheritance.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class Inherits(EqHash):
    pass


class Unhashable:
    __hash__ = None


p = Plain()
print(hash(p) == hash(p), EqOnly.__hash__, Plain.__hash__ is object.__hash__)
for value in [EqOnly(1), Unhashable()]:
    for action in ("hash", "set", "dict"):
        try:
            if action == "hash":
                hash(value)
            elif action == "set":
                {value}
            else:
                {value: 1}
        except TypeError as e:
            print(action, "TypeError:", e)
s = {EqHash(1), EqHash(1), EqHash(2), Inherits(2)}
print(len(s), hash(EqHash(5)) == hash(5), {EqHash(3): "x"}[EqHash(3)], Inherits(7) in {EqHash(7)})


class HashOnly:
    def __hash__(self):
        return 42


h1, h2 = HashOnly(), HashOnly()
print(hash(h1), h1 == h2, len({h1, h2}), h1 in {h1})


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2**70


print(hash(BigHash()) == hash(2**70))


class ChildRestores(EqOnly):
    __hash__ = object.__hash__


print(isinstance(hash(ChildRestores(1)), int))
