# Comprehension variables do not leak; loop variables do.
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
for y in range(3):
    pass
print(y)
total = sum(z for z in range(4))
print(total)
n = 10
print([n + i for i in range(3)], {i: n for i in range(2)})
def f():
    k = 3
    return [k * j for j in range(k)]
print(f())
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
