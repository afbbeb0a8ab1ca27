print("a: start")
import _cycle_b
A_VALUE = "a"
print("a: sees b.B_VALUE =", _cycle_b.B_VALUE)


def from_b():
    return _cycle_b.b_function()
