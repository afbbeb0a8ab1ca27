pass
break; continue
x = 1
a = b = c = d
a, b = b, a
*a, b = c
[a, b] = (c, d) = e
x.y = z[0] = w
x += 1; y -= 2; z *= 3; w @= m
a /= 1; b //= 2; c %= 3; d **= 4
e &= 1; f |= 2; g ^= 3; h <<= 4; i >>= 5
x: int = 1
x: list[int]
self.attr: str = "s"
del a, b[0], c.d
del (a, b), [c]
return
return 1, *rest
global a, b
nonlocal c
assert x
assert x, "message"
raise
raise E
raise E("x") from err
x = yield
x = yield 1, 2
x = yield from gen()
