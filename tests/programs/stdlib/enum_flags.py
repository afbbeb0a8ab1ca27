"""enum: Flag and IntFlag combinations, membership, iteration, inversion, reprs."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(rw))
print(list(rw), len(rw), repr(~Perm.READ), repr(rw & Perm.WRITE), repr(rw ^ Perm.READ))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm(7)), list(Perm))
print(Perm.READ | Perm.READ is Perm.READ, Perm(3) == rw)
try:
    Perm(9)
except ValueError as err:
    print("ValueError:", err)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, repr(m), m == 5, m + 1, repr(Mode.R | 8), repr(Mode(0)), format(m, "03b"))
print(repr(~Mode.R), Mode.W in (Mode.R | Mode.W), sorted(Mode, key=int))
print(repr(m & 4), isinstance(m, int), int(m))


class Style(Flag):
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4
    EMPHASIS = BOLD | ITALIC


print(repr(Style.EMPHASIS), list(Style), repr(Style.BOLD | Style.ITALIC), list(Style.EMPHASIS))
