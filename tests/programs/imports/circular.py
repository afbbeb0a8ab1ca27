# circular imports see the partially initialised module, as in CPython
import _cycle_a
print(_cycle_a.from_b())
import _cycle_b
print(_cycle_b._cycle_a is _cycle_a)
