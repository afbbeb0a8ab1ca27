# Tuple/list unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i = j = k = 0
print(i, j, k)
a, b, c = range(3)
print(a, b, c)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(k, v), = d.items() if len(d) == 1 else [("only", "one")]
print(k, v)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
dd = {}
dd["a"], dd["b"] = 1, 2
print(dd)
a, b, c = c, a, b
print(a, b, c)
