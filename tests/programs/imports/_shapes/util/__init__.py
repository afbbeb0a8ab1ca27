from .. import circle
from ..square import Square
from . import geometry

LABEL = "util of " + __package__
