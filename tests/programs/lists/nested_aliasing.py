# Nested lists, aliasing and copies.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
transposed = [[row[i] for row in grid] for i in range(3)]
print(transposed)
flat = [x for row in grid for x in row]
print(flat)
copy = [row[:] for row in grid]
copy[0][0] = -1
print(grid[0], copy[0])
alias = grid
alias[2] = "replaced"
print(grid)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
b[0].append(4)
print(a, b, b[0] is b[1])
cyc = [1, 2]
cyc.append(cyc)
print(cyc, len(cyc))
d = {"list": cyc}
print(d)
