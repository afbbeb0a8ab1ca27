import _shapes.util as u
try:
    from _shapes.util import geometry
    print(geometry.ring(3, 1))
except ImportError as e:
    print(e)
import _relative_top
try:
    _relative_top.go()
except ImportError as e:
    print(type(e).__name__, e)
import _shapes.square
try:
    _shapes.square.beyond()
except ImportError as e:
    print(type(e).__name__, e)
