"""timedelta and datetime arithmetic over seeded random values: normalisation, float products and quotients (round-half-even), floor division, modulo, str, hashing, comparisons."""
import random
import datetime as M
T = M.timedelta
random.seed(11)
out = []
for i in range(120):
    a = T(days=random.randint(-5000, 5000), seconds=random.randint(-100000, 100000), microseconds=random.randint(-10**7, 10**7))
    b = T(seconds=random.uniform(-1e6, 1e6))
    f = random.uniform(-50, 50)
    n = random.randint(1, 1000) * random.choice((1, -1))
    res = [a, b, a + b, a - b, -a, abs(b), a * n, a * f, a / n, a / f if f else 0, str(a), str(b)]
    if b:
        res += [a / b, a // b, a % b, divmod(a, b)]
    res += [a // n, a < b, a == b, hash(a) == hash(T(seconds=a.total_seconds())), a.total_seconds()]
    res.append(T(hours=random.uniform(-1000, 1000), minutes=random.uniform(-100, 100), milliseconds=random.uniform(-1e6, 1e6)))
    d = M.datetime(2000, 1, 1) + T(days=random.randint(-700000, 2900000), seconds=random.randint(0, 86399))
    res += [d, d + a if M.datetime.min + abs(a) < d < M.datetime.max - abs(a) else None, d.isoformat(), d.weekday()]
    out.append(repr(res))
print("\n".join(out))
