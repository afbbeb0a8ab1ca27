# Building lists with loops and operators.
squares = []
evens = []
for i in range(1, 11):
    squares.append(i * i)
    if i % 2 == 0:
        evens += [i]
print(squares, evens)
print(squares[::3], evens * 2, sum(squares), max(evens))
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
queue = [1, 2, 3]
out = []
while queue:
    item = queue.pop(0)
    out.append(item)
    if item < 5:
        queue.append(item + 3)
print(out)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    row.append(sum(row))
print(matrix)
print([x for x in range(20) if x % 3 == 0 and x % 2], list(map(lambda p: p * 2, evens)))
dedup = []
for x in [3, 1, 3, 2, 1, 3]:
    if x not in dedup:
        dedup.append(x)
print(dedup)
