# Swaps and rotations via simultaneous assignment.
a, b, c = 1, 2, 3
for _ in range(4):
    a, b, c = b, c, a
    print(a, b, c)
lst = [5, 3, 8, 1]
for i in range(len(lst)):
    for j in range(len(lst) - 1 - i):
        if lst[j] > lst[j + 1]:
            lst[j], lst[j + 1] = lst[j + 1], lst[j]
print(lst)
x, y = 10, 3
while y:
    x, y = y, x % y
print(x)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
