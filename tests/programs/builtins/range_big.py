# Ranges whose bounds or length exceed 64 bits.
r = range(-10**20, 10**20, 3)
print(r, r.start, r.stop, r.step, r[5], r[-1], r[2:10:3], r[::-1])
print(10**19 in r, 10**19 + 1 in r, r.index(-10**20 + 9), r.count(-10**20 + 3))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**63 - 5, 2**63 + 5)[3:], list(range(2**63 - 2, 2**63 + 2)))
print(list(reversed(range(2**63 - 2, 2**63 + 2))), list(reversed(range(0, 10, 3))))
print(type(iter(range(2**64))).__name__, type(reversed(range(5))).__name__)
print(hash(range(10**20, 10**20 + 1)) == hash(range(10**20, 10**20 + 5, 7)))
print(range(10**20) == range(0, 10**20), range(10)[5:2], range(10)[-100:100])
print(bool(range(10**20, 0)), range(5)[True], sum(range(10**20, 10**20 + 3)))
for i in range(2**63 - 2, 2**63 + 1):
    print(i)
print(list(range(2**63 - 1, -2**63, -2**63)), list(reversed(range(2**63 - 1, -2**63, -2**63))))
print(range(10**20).count(5), range(-5, 5)[-3], range(0, -10**30, -10**29)[4])
try:
    range(10)[10**30]
except IndexError as e:
    print("IndexError:", e)
