from itertools import chain, islice

print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["ab", "cd", []])))
print(list(chain.from_iterable(x * 2 for x in "xyz")))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)))
print(list(islice("abcdefg", None)), list(islice("abc", 0)), list(islice(range(10), 5, 2)), list(islice("ab", 1, None, None)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
first = islice(it, 3)
print(next(first), next(it), list(first))
try:
    list(chain([1], 2))
except TypeError as e:
    print("TypeError:", e)
