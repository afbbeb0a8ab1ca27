from itertools import count, cycle, islice, repeat

print(count(), count(5), count(1, 2), count(1.5), count(1, 1.0), count(2, -1), count(0, 0.5))
c = count(3)
print(next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(1, 0.25), 3)), list(zip("abc", count(1))))
print(repeat(1), repeat("a", 3), repeat(1, -2), repeat(None, times=2))
r = repeat(7, 2)
print(next(r), r, list(r), r, list(repeat("x", 0)))
print(list(map(pow, range(5), repeat(2))), list(islice(cycle("ab"), 5)), list(cycle([])))
cyc = cycle(iter([1, 2]))
print([next(cyc) for _ in range(5)])
for bad in [lambda: count("a"), lambda: repeat(), lambda: repeat(1, "a"), lambda: cycle(1), lambda: count(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
