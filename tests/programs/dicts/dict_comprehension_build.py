# Building dicts in different ways gives the same result.
keys = ["one", "two", "three"]
vals = [1, 2, 3]
d1 = {}
for k, v in zip(keys, vals):
    d1[k] = v
d2 = dict(zip(keys, vals))
d3 = {k: v for k, v in zip(keys, vals)}
d4 = dict(one=1, two=2, three=3)
d5 = {**{"one": 1}, **{"two": 2, "three": 3}}
print(d1, d1 == d2 == d3 == d4 == d5)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares)
pos = {ch: i for i, ch in enumerate("hello")}
print(pos)
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
print({**squares, 0: "zero", 10: 100})
