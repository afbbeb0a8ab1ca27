# A program's own module shadows math and random (found after sys.path, as in CPython) but
# not the modules built into the interpreter (sys, time).
import sys

sys.path.insert(0, sys.path[0] + "/_shadow")
import random
import time

print(getattr(random, "WHO", "the standard random"))
print(getattr(time, "WHO", "the built-in time"))
print(hasattr(time, "perf_counter"))
del sys.modules["random"]
sys.path.pop(0)
import random

print(getattr(random, "WHO", "the standard random"), hasattr(random, "randint"))
