x = 7
y = [i * i for i in range(x) if i % 2]
z = {k: v for k, v in zip("abc", y)}
a, *b, c = y
s = f"{x:>4} {y!r} {z}"
t = (1, 2, 3)
u = x if x > 3 else -x
v = 0 < x <= 10 and x != 5 or not x
w = sum(n for n in y)
print(s, t, u, v, w, a, b, c, 2 ** 100, "ab" * 3)
