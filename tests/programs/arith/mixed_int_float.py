# Mixed int/float arithmetic and comparisons, and int true division: the register fast
# paths must agree with the general path, including at the edges of exact conversion.
big = 2**53
values_i = [0, 1, -1, 7, -7, 3, big, big + 1, -(big + 1), 2**62, -(2**63), 2**63 - 1]
values_f = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, float(big), 9007199254740992.0, float("inf"), float("-inf")]

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as err:
        print(label, type(err).__name__, err)

for i in values_i:
    for f in values_f:
        show(f"{i} + {f}", lambda: i + f)
        show(f"{f} - {i}", lambda: f - i)
        show(f"{i} * {f}", lambda: i * f)
        show(f"{i} / {f}", lambda: i / f)
        show(f"{f} / {i}", lambda: f / i)
        print(i < f, i <= f, i > f, i >= f, i == f, i != f, f < i, f == i)

nan = float("nan")
for i in (0, 1, big + 1):
    print(i < nan, i == nan, i != nan, nan >= i)

for a in (0, 1, -1, 7, -7, 10**6, big, -big, big + 1, 2**63 - 1, -(2**63)):
    for b in (1, -1, 3, -3, 7, big, big + 1, 0):
        show(f"{a} / {b}", lambda: a / b)

# In-place forms and loops (the register paths, not the constant folder).
t = 0.0
n = 0
for k in range(1, 200):
    t += k
    t -= k / 3
    t *= 1.0001
    n += 1
    if k > t:
        n -= 1
    if t == k:
        n += 100
print(t, n)
x = 10
x /= 4
print(x)
y = 2**60
y /= 3
print(y)
z = 5
z *= 0.5
print(z)
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, -(2**53) - 1 < -(2.0**53))
print(True + 0.5, 0.5 * False)
