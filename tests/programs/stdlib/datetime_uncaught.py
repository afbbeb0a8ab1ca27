"""An invalid month escapes as CPython's ValueError."""
from datetime import date

print(date(2024, 12, 1))
date(2024, 13, 1)
