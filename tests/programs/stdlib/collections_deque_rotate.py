from collections import deque

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(12)
print(d)
d.rotate(-11)
print(d)
d.rotate(0)
d.rotate()
print(d)
big = deque(range(100))
big.rotate(37)
print(list(big)[:5], big[0], big[-1])
big.rotate(-60)
print(list(big)[:5])
one = deque([1])
one.rotate(5)
print(one, deque().rotate(3))
ring = deque("abcde")
out = []
for _ in range(7):
    out.append(ring[0])
    ring.rotate(-1)
print("".join(out), ring)
try:
    d.rotate("a")
except TypeError as e:
    print("TypeError:", e)
