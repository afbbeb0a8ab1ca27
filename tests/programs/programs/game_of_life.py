# Conway's Game of Life on a small toroidal grid, cells kept in a set of tuples.
def parse(rows):
    live = set()
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "#":
                live.add((r, c))
    return live


def neighbours(cell, h, w):
    r, c = cell
    out = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                out.append(((r + dr) % h, (c + dc) % w))
    return out


def step(live, h, w):
    counts = {}
    for cell in live:
        for n in neighbours(cell, h, w):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))


H, W = 8, 10
world = parse([
    ".#........",
    "..#.......",
    "###.......",
    "..........",
    "......##..",
    "......##..",
    "..........",
    "...###....",
])
history = []
for gen in range(6):
    print(f"generation {gen}: {len(world)} alive")
    print(render(world, H, W))
    history.append(sorted(world))
    world = step(world, H, W)
for gen in range(6, 40):
    world = step(world, H, W)
print("after 40:", len(world), sorted(world)[:6])
print(render(world, H, W))
