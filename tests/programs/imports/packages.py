# packages: __init__, submodules, dotted imports, relative imports inside packages
import _shapes.util.geometry
print(_shapes.util.geometry.ring(2, 1))
print(_shapes.util.LABEL)
import _shapes.util.geometry as geo
print(geo is _shapes.util.geometry, geo.__name__, geo.__package__)
from _shapes import circle, Square
print(circle.area(1), Square(3).area())
from _shapes.square import area
print(area(5), _shapes.square_area(6))
import _shapes
print(_shapes.__name__, _shapes.__package__, type(_shapes.__path__).__name__, len(_shapes.__path__))
print(_shapes.__file__.endswith("__init__.py"), _shapes.util.__file__.endswith("__init__.py"))
import sys
print(sorted(name for name in sys.modules if name.startswith("_shapes")))
print(hasattr(_shapes, "util"), hasattr(_shapes.util, "geometry"))
