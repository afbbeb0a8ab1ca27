"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, _missing_, custom __new__/__init__, functional API."""
import enum
Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique = enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag, enum.auto, enum.StrEnum, enum.unique
def show(label, f):
    try: print(label, "=>", f())
    except Exception as e: print(label, "=>", type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return "%s is %d" % (self.name.lower(), self.value)
    @classmethod
    def default(cls): return cls.GREEN
class N(IntEnum):
    A = 1
    B = 2
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
class Q(IntFlag):
    R = 4
    W = 2
    X = 1
class S(StrEnum):
    A = auto()
    B = 'bee'
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
class PF(Flag):
    A = auto()
    B = auto()
    C = auto()
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    N = (0, "north")
    S = (180, "south")
cases = [
 ("reprs", lambda: (repr(Color), repr(P), repr(N), repr(Q), repr(S))),
 ("members", lambda: (list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)),
 ("lookup", lambda: (Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color.default(), Color.BLUE.describe())),
 ("str", lambda: (str(Color.RED), repr(Color.RED), format(Color.RED), f'{Color.RED:>12}|', "%s" % Color.GREEN)),
 ("int", lambda: (str(N.A), format(N.A), f'{N.A:03d}', repr(N.A), N.A + 1, N.A == 1, N.A < N.B, sorted([N.B, N.A]), isinstance(N.A, int), N(2), int(N.B))),
 ("strenum", lambda: (str(S.A), repr(S.A), f'{S.B}', S.B == 'bee', S.A.upper(), S('bee'))),
 ("auto", lambda: (list(A), list(PF), A.W.value)),
 ("flag", lambda: (repr(P.R|P.W), str(P.R|P.W), repr(~P.R), repr(P(0)), str(P(0)), list(P.R|P.X), P.R in (P.R|P.W), bool(P(0)), P.RW, list(P), repr(P(7)), P.R & P.W, repr(P.RW ^ P.W))),
 ("flag2", lambda: (repr(PF.A|PF.B|PF.C), str(PF(5)), len(PF.A|PF.C), PF.A | PF.B == PF(3))),
 ("intflag", lambda: (repr(Q.R|Q.W), str(Q.R|Q.W), repr(~Q.R), repr(Q(0)), Q.R | 1, repr(Q.R & 6), Q.R == 4, Q.W + 1, format(Q.R|Q.X))),
 ("badflag", lambda: P(8)),
 ("badvalue", lambda: Color(5)),
 ("badname", lambda: Color['PINK']),
 ("contains", lambda: (Color.RED in Color, N.A in N)),
 ("__members__", lambda: (list(Color.__members__), Color.__members__['CRIMSON'], len(Color.__members__))),
 ("reassign", lambda: setattr(Color, 'RED', 5)),
 ("order", lambda: Color.RED < Color.BLUE),
 ("planet", lambda: (Planet.EARTH.gravity, Planet.MERCURY.value, Planet.EARTH.mass)),
 ("custom new", lambda: (Coord.S, Coord.S.label, Coord(0), Coord.N.value)),
 ("type", lambda: (type(Color.RED), type(Color).__name__, isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(N, int))),
 ("hash/dict", lambda: ({Color.RED: 'r', Color.BLUE: 'b'}[Color.CRIMSON], hash(Color.RED) == hash('RED'))),
 ("reversed", lambda: list(reversed(Color))),
 ("functional", lambda: (list(Enum('Animal', 'ANT BEE CAT')), repr(Enum('Pet', ['DOG', 'CAT']).CAT), list(IntEnum('Lvl', [('LOW', 10), ('HIGH', 20)])))),
 ("eq", lambda: (Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)),
 ("dir", lambda: dir(Color.RED)),
]
for label, f in cases: show(label, f)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e: print(e)
class Shape(Enum):
    SQUARE = 2
    @property
    def sides(self): return 4
    _ignore_ = ['tmp']
    tmp = 5
print(list(Shape), Shape.SQUARE.sides)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower(): return m
print(Status("ACTIVE"))
show("missing none", lambda: Status("zzz"))
