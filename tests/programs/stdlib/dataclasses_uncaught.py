"""A missing dataclass argument escapes with CPython's TypeError message."""
from dataclasses import dataclass


@dataclass
class Interval:
    low: float
    high: float


print(Interval(0.0, 1.5))
Interval(2.0)
