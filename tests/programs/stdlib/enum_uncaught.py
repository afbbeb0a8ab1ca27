"""An invalid value lookup escapes as CPython's ValueError."""
from enum import Enum


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


print(Suit("h"))
Suit("x")
