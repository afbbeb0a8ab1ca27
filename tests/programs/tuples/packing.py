# Tuple packing and unpacking, returning multiple values.
def min_max(values):
    return min(values), max(values)

lo, hi = min_max([4, -2, 9, 0])
print(lo, hi, min_max([7]))
point = 3, 4
x, y = point
print(x, y, point)
a = b = c = (1, 2)
print(a is b, a == c)
first, *rest = (10, 20, 30)
print(first, rest)
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    return n, mean, (min(nums), max(nums))

n, mean, (mn, mx) = stats([2, 4, 6, 8])
print(n, mean, mn, mx)
for i, (name, score) in enumerate((("a", 1), ("b", 2))):
    print(i, name, score)
t = tuple()
for k in range(3):
    t = t + (k,)
print(t)
