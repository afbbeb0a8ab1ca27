# Tuples as dict keys and set members (hashable ints only).
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
visited = {(0, 0), (0, 1), (1, 1)}
print(sorted(visited), (1, 1) in visited)
visited.add((0, 0))
print(len(visited))
counts = {}
for pair in [(1, 2), (2, 1), (1, 2), (3, 3), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: -kv[1]))
