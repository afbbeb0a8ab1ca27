# int subclasses: inherited operations give plain ints; overrides and __index__ uses.
class Level(int):
    def __repr__(self):
        return f"Level({int(self)})"

    def __str__(self):
        return f"L{int(self)}"

    def up(self):
        return Level(self + 1)


lv = Level(3)
print(lv, repr(lv), lv.up(), lv + 1, type(lv + 1).__name__, lv * lv, -lv, ~lv, abs(Level(-2)))
print(lv == 3, lv < 4, 3 == lv, hash(lv) == hash(3), lv // 2, lv % 2, lv ** 2, 10 - lv, 2 ** lv)
print(lv & 1, lv | 4, lv ^ 1, lv << 2, lv >> 1, divmod(lv, 2), lv.bit_length(), lv.real)
print(["a", "b", "c", "d"][lv], list(range(lv)), "ab" * Level(2), [0] * Level(2), hex(lv), bin(lv))
print(int(lv), float(lv), str(lv), f"{lv}", f"{lv:03d}", f"{lv!r}", "%d" % lv, "%s" % lv, "%r" % lv)
print(isinstance(lv, int), isinstance(lv, Level), type(lv) is int, bool(Level(0)), bool(lv))
print(Level(), Level("42"), Level("ff", 16), Level(2.9), sorted([Level(5), 1, Level(2)]))
print({lv: "three"}[3], {3: "x"}[lv], lv in {3}, max(lv, 2), min(Level(7), Level(8)))


class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

    def __or__(self, other):
        return Flag(int(self) | int(other), f"{self.name}|{other.name}")

    def __repr__(self):
        return f"<Flag {self.name}: {int(self)}>"


READ = Flag(4, "READ")
WRITE = Flag(2, "WRITE")
both = READ | WRITE
print(both, both.name, int(both), both & READ, both == 6, READ + WRITE, type(READ + WRITE).__name__)
print(vars(READ), READ.__dict__)


class Even(int):
    def __init__(self, value):
        if value % 2:
            raise ValueError(f"{value} is odd")


print(Even(4))
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
