# Chained comparisons evaluate each operand once and short-circuit.
def val(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1 <= 1, 5 > 4 >= 4 > 3)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 == x)
print(1 < 2 == 2 < 3, (1 < 2) == True)
print([1, 2] < [1, 3] < [2], "a" < "b" < "c", (1, 2) <= (1, 2) < (1, 2, 0))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] == True)
print(None is None is None, None is not None)
