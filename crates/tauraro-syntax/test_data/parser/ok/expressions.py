a or b or c
a and b and c
a or b and not c
not not x
a < b <= c > d >= e == f != g
a in b not in c is d is not e
a | b ^ c & d << e >> f
a + b - c * d / e // f % g @ h
-x + +y - ~z
-2 ** 2
2 ** -1
a ** b ** c
await_ = 1
x if cond else y
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, z, **k: x + y
lambda *, k: k
lambda a, /, b: a
(x := 10)
f(y := 1)
[y := 5, y ** 2]
a.b.c
a[0][1:2]
f()(1)(2)
x[1:2, ::3, ...]
x[:]
x[::]
x[a:b:c]
x[*a]
x[a, *b]
*a, b
