# Builtins that take or return lists.
lst = [4, 8, 15, 16, 23, 42]
print(len(lst), sum(lst), min(lst), max(lst), sorted(lst, reverse=True))
print(list(reversed(lst)), list(enumerate(lst, 1))[:3], list(zip(lst, lst[1:])))
print(list(map(str, lst)), list(filter(lambda v: v % 2, lst)), any(v > 40 for v in lst), all(v > 0 for v in lst))
print(list(map(lambda a, b: a * b, lst, range(3))), [divmod(v, 5) for v in lst])
print(sum([[1], [2, 3], []], []), sum([0.5, 0.25]), sum(lst, 100))
print(list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(0, 10, 20)))
print(lst * 0, [lst] * 2, lst[:2] + lst[-2:])
