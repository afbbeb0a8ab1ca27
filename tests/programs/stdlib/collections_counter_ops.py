from collections import Counter

a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(a == Counter(a=3, b=1, c=0), a <= a + b, a < a, a >= b, Counter() == Counter(x=0), a != b)
a += b
print(a)
a -= Counter(a=10)
print(a)
c = Counter(x=2, y=5)
c |= Counter(x=4, z=-1)
print(c)
c &= Counter(x=1, y=9)
print(c)
try:
    Counter() + {}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError:", e)
print(Counter("aab") == {"a": 2, "b": 1}, dict(Counter("aab")))
