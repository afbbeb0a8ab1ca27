# Float arithmetic in loops; accumulating error is part of the expected output.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
x = 1.0
for i in range(30):
    x /= 3
print(x)
for i in range(30):
    x *= 3
print(x)
vals = [3.7, -1.2, 0.0, 9.81, -4.4]
print(sum(vals), sum(vals) / len(vals), max(vals), min(vals), sorted(vals))
mean = sum(vals) / len(vals)
var = sum([(v - mean) ** 2 for v in vals]) / len(vals)
print(mean, var, var ** 0.5)
print(1e16 + 1, 1e16 + 2, 2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
print(7.0 / 3, 7.0 // 3, 7.0 % 3, -7.0 % 3, 7.0 % -3)
c = 0.0
k = 1.0
for n in range(1, 20):
    c += k / n
    k = -k
print(c)
