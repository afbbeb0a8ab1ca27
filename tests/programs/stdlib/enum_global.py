"""enum.global_enum: module-level reprs and names for Enum and IntFlag members."""
import enum
@enum.global_enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(repr(RED), str(RED), repr(Color.GREEN), str(GREEN), format(RED), list(Color))
@enum.global_enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(repr(R), str(R), repr(R | W), str(R | W), repr(Perm(0)))
