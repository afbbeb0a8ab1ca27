# Breadth-first search through a text maze, reconstructing the shortest path.
MAZE = [
    "##########",
    "#S.....#.#",
    "#.##.#.#.#",
    "#.#..#...#",
    "#.#.####.#",
    "#...#..#.#",
    "###.#.##.#",
    "#.....#..#",
    "#.###...E#",
    "##########",
]


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    return None


def bfs(start, goal):
    queue = [start]
    head = 0
    came_from = {start: None}
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if MAZE[nxt[0]][nxt[1]] != "#" and nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if goal not in came_from:
        return None, len(came_from)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    path.reverse()
    return path, len(came_from)


start, goal = find("S"), find("E")
print("start", start, "goal", goal)
path, explored = bfs(start, goal)
print("length", len(path) - 1, "explored", explored)
print(path)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}[(r2 - r1, c2 - c1)])
print("".join(moves))
print(bfs(start, (1, 8)))
