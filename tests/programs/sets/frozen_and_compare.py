# Comparing sets and using them with other builtins.
a = {1, 2, 3}
print(a == {3, 2, 1}, a == [1, 2, 3], a == set([1, 2, 3]), len(a | set()))
print(sorted(a, reverse=True), any(x > 2 for x in a), all(x > 0 for x in a))
print(list(map(lambda x: x * 10, sorted(a))), sorted(filter(lambda x: x % 2, a)))
print(frozenset([1, 2]) == {1, 2}, sorted(frozenset({4, 2})), len(frozenset()))
print({frozenset({1}): "f"}[frozenset([1])])
