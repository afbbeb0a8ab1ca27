# A metaclass's __eq__ and __hash__ apply to its classes, also as dict keys and set members.
class Named(type):
    def __eq__(cls, other):
        if isinstance(other, str):
            return cls.__name__ == other
        return cls is other

    def __hash__(cls):
        return hash(cls.__name__)


class Alpha(metaclass=Named):
    pass


class Beta(metaclass=Named):
    pass


print(Alpha == "Alpha", Alpha == "Beta", Alpha != "Alpha", Alpha == Alpha, Alpha == Beta)
print(hash(Alpha) == hash("Alpha"))
table = {Alpha: 1, Beta: 2}
print(table["Alpha"], table.get("Beta"), "Gamma" in table, Alpha in table)
print("Alpha" in [Beta, Alpha], [Beta, Alpha].index("Alpha"), {Alpha, "Alpha"} == {Alpha})


class EqOnly(type):
    def __eq__(cls, other):
        return True


class Loose(metaclass=EqOnly):
    pass


print(Loose == 3, Loose != 3)
try:
    hash(Loose)
except TypeError as e:
    print("TypeError:", e)
try:
    {Loose: 1}
except TypeError as e:
    print("TypeError:", e)


# A __hash__ result that fits is the hash itself; -1 becomes -2; larger ints are hashed.
class Big:
    def __hash__(self):
        return 2**62


class MinusOne:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2**64 + 5


print(hash(Big()), hash(MinusOne()), hash(Huge()))
