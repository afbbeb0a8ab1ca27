# for loops over ranges of all shapes.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -4):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(-3, 3):
    print(i * i, end=",")
print()
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], 13 in r, 14 in r, list(r), r.index(9), r.count(5))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(range(5, -5, -3)))
total = 0
for i in range(1, 101):
    total += i
print(total, i)
for i in range(3):
    for j in range(i):
        print((i, j), end=" ")
print()
print(range(10 ** 12)[-1], len(range(0, 10 ** 12, 7)))
