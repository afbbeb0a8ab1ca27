# Generator expressions consumed by builtins.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]), min(abs(x) for x in [-3, 2, -1]))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, 2, -7]), any(x for x in []), all(x for x in []))
print(list(x + 1 for x in range(3)), tuple(c for c in "abc"), set(x % 2 for x in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]), sorted(x for x in [3, 1, 2]))
print("-".join(str(x) for x in range(5)), sum(1 for _ in "hello" if _ in "lo"))
g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
total = 0
for v in (i * i for i in range(5) if i % 2):
    total += v
print(total)
print(sum(x for x in range(10) if x % 2 == 0 if x > 2))
nested = sum(sum(row) for row in [[1, 2], [3, 4]])
print(nested)
print(max((v, k) for k, v in {"a": 3, "b": 9, "c": 1}.items()))
