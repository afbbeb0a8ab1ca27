"""enum: StrEnum, members with extra attributes, methods and classmethods, _missing_,
the functional API, __members__ aliases and dir()."""
from enum import Enum, StrEnum, IntEnum, auto


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for planet in Planet:
    print("%-8s %6.2f" % (planet.name, planet.surface_gravity), planet.value[1])


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def from_text(cls, text):
        return cls[text.upper().replace(" ", "_")]

    def describe(self):
        return "%d %s" % (self, self.name.replace("_", " ").title())


print(Http.from_text("not found").describe(), Http(200).describe(), Http.OK == 200)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "DEL"


print(list(Method), Method.GET == "get", Method("DEL"), Method.POST.upper(), "%s!" % Method.GET)


class Level(Enum):
    DEBUG = "debug"
    INFO = "info"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Level("INFO"), Level("debug"))
try:
    Level("trace")
except ValueError as err:
    print("ValueError:", err)

Animal = Enum("Animal", "ANT BEE CAT")
Shade = Enum("Shade", [("LIGHT", 1), ("DARK", 9)])
print(list(Animal), Animal.BEE.value, list(Shade), Shade(9))
print(dir(Level.INFO), dir(Planet.EARTH))
