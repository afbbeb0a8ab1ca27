print("init _shapes, package", __package__)
from . import circle
from .square import Square, area as square_area

__all__ = ["circle", "Square", "square_area", "square"]
REGISTRY = []
