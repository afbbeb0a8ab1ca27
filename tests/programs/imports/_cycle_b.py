print("b: start")
import _cycle_a
print("b: a is partially initialised:", not hasattr(_cycle_a, "A_VALUE"))
try:
    from _cycle_a import A_VALUE
except ImportError as e:
    print("b:", type(e).__name__, str(e).split(" (/")[0])
try:
    _cycle_a.A_VALUE
except AttributeError as e:
    print("b:", e)
B_VALUE = "b"


def b_function():
    return "b sees " + _cycle_a.A_VALUE
