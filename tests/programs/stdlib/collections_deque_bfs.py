from collections import deque

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
queue = deque([start])
previous = {start: None}
while queue:
    r, c = queue.popleft()
    if (r, c) == goal:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in previous:
            previous[(nr, nc)] = (r, c)
            queue.append((nr, nc))
path = []
node = goal
while node is not None:
    path.append(node)
    node = previous[node]
path.reverse()
print(len(path) - 1, path)
# A sliding-window maximum with a monotonic deque.
values = [1, 3, -1, -3, 5, 3, 6, 7]
window = deque()
maxima = []
for i, v in enumerate(values):
    while window and values[window[-1]] <= v:
        window.pop()
    window.append(i)
    if window[0] <= i - 3:
        window.popleft()
    if i >= 2:
        maxima.append(values[window[0]])
print(maxima)
