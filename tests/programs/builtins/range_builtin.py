# range objects.
for r in [range(5), range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0), range(3, 3), range(-5, 5, 4), range(10, -10, -7)]:
    print(r, list(r), len(r), bool(r), r[0] if r else None, r[-1] if r else None)
r = range(0, 100, 7)
print(21 in r, 22 in r, -7 in r, r.index(49), r.count(14), r[3:6], r[::-1][0], r[-3])
print(range(0, 5) == range(5), range(1, 2) == range(1, 3, 5), range(0) == range(1, 1))
print(sum(range(1, 1001)), max(range(7)), min(range(4, 9)), sorted(range(3), reverse=True))
print(list(range(1, 2 ** 70, 2 ** 68)), range(-10 ** 20, 10 ** 20)[-1], 10 ** 19 in range(-10 ** 20, 10 ** 20))
