# Dict and set comprehensions.
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
word = "mississippi"
print({c: word.count(c) for c in word})
print(sorted({c for c in word}))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({(i, j): i + j for i in range(2) for j in range(2)})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13) if n % 4 == 0})
