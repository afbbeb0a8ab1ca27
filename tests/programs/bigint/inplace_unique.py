# Augmented assignment on big ints: updated in place only when nothing else holds the int;
# results that fit in 64 bits behave as small ints again.
x = 2**100
y = x
x *= 3
print(x, y)
z = 2**70
z -= 2**70 - 5
print(z, type(z), z + 1)
w = -(2**80)
w += 2**80
print(w, w == 0)
v = 2**65
v ^= 2**65
print(v, [v])
u = 2**64
u *= -1
print(u)
t = 2**64
t *= 0
print(t, t == 0, type(t))
s = 3**50
for i in range(5):
    s -= 7
    s |= 2**90
    s &= 2**95 - 1
print(s)
def f():
    r = 1
    for i in range(1, 30):
        r *= i
    return r
print(f(), f() // 2**20)
a = 2**200
b = a
a += 1
print(a - b)
