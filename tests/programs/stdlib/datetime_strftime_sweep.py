"""strftime with every common directive over 400 seeded random datetimes, and ISO/week numbers at year boundaries from year 1 to 9999."""
import random
import datetime as M
random.seed(5)
codes = "aAbBcdHIjmMpSUwWyYzZGVuCeDFTRx X%fhnt"
fmt = " ".join("%" + c for c in codes if c != " ")
out = []
for i in range(400):
    o = random.randint(1, 3652059)
    d = M.date.fromordinal(o)
    dt = M.datetime(d.year, d.month, d.day, random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999))
    out.append(dt.strftime(fmt))
    out.append(d.isocalendar().__repr__())
for y in (1, 5, 99, 999, 1000, 2000, 9999):
    for m, dd in ((1, 1), (12, 31), (1, 4), (12, 28)):
        d = M.date(y, m, dd)
        out.append(d.strftime("%Y|%G|%V|%U|%W|%j|%y|%C") + repr(d.isocalendar()))
print("\n".join(out))
