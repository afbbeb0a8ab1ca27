from itertools import compress, dropwhile, filterfalse, pairwise, starmap, takewhile

print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(takewhile(bool, [])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda v: v % 2, range(6))))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress("abc", [True] * 10)), list(compress(range(5), (x > 2 for x in range(5)))))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
for bad in [lambda: starmap(len), lambda: takewhile(len, 1), lambda: filterfalse(None, 1), lambda: compress(1),
            lambda: pairwise(1), lambda: dropwhile(len), lambda: list(starmap(len, [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
