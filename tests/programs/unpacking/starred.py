# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
