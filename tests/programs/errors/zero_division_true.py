# True division by zero.
for d in [4, 2, 1]:
    print(8 / d)
print(8 / 0)
