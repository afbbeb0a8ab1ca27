# Conditional expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg", abs(n) if n < 0 else n)
values = [3, -1, 4, -1, 5]
print(["+" if v >= 0 else "-" for v in values])
print(sum(v if v > 0 else 0 for v in values), max(values) if values else None)
def parity(n):
    return "even" if n % 2 == 0 else "odd"
print(list(map(parity, range(5))))
x = None
print(x if x is not None else "missing", (lambda: 1)() if True else 2)
print(1 if [] else 2, 1 if [0] else 2, "a" if "" else "b")
