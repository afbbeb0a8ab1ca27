# Conway's game of life on a toroidal grid, with pattern detection and a seeded random soup.

import random


class Life:
    def __init__(self, width, height, alive=()):
        self.width = width
        self.height = height
        self.alive = set(alive)
        self.generation = 0

    @classmethod
    def from_text(cls, text, width, height, dx=0, dy=0):
        cells = set()
        for y, line in enumerate(text.strip().splitlines()):
            for x, ch in enumerate(line):
                if ch == "#":
                    cells.add(((x + dx) % width, (y + dy) % height))
        return cls(width, height, cells)

    def neighbours(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for cell in self.alive:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.alive = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.alive)}
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width))
                         for y in range(self.height))

    def bounding_box(self):
        if not self.alive:
            return None
        xs = [x for x, _ in self.alive]
        ys = [y for _, y in self.alive]
        return min(xs), min(ys), max(xs), max(ys)

    def normalized(self):
        if not self.alive:
            return frozenset()
        x0, y0, _, _ = self.bounding_box()
        return frozenset((x - x0, y - y0) for x, y in self.alive)

    def find_period(self, limit):
        seen = {frozenset(self.alive): 0}
        for _ in range(limit):
            self.step()
            key = frozenset(self.alive)
            if key in seen:
                return seen[key], self.generation - seen[key]
            seen[key] = self.generation
        return None


GLIDER = """
.#.
..#
###
"""

BLINKER = "###"

TOAD = """
.###
###.
"""


def main():
    life = Life.from_text(GLIDER, 8, 6)
    print(life.render())
    shape = life.normalized()
    for _ in range(4):
        life.step()
    print()
    print(life.render())
    print("glider shape preserved:", life.normalized() == shape, life.bounding_box())
    for name, text in [("blinker", BLINKER), ("toad", TOAD), ("glider", GLIDER)]:
        board = Life.from_text(text, 10, 10, 3, 3)
        print(name, "start/period:", board.find_period(100), "population", len(board.alive))
    random.seed(2024)
    soup = Life(20, 12, {(x, y) for x in range(20) for y in range(12) if random.random() < 0.35})
    print("soup population", len(soup.alive))
    history = []
    for _ in range(30):
        soup.step()
        history.append(len(soup.alive))
    print(history)
    print(soup.render())
    block = Life.from_text("##\n##", 5, 5, 1, 1)
    block.step()
    print("block stable:", block.render() == Life.from_text("##\n##", 5, 5, 1, 1).render())
    empty = Life(4, 4, {(0, 0)})
    empty.step()
    print("lonely cell:", empty.alive, empty.bounding_box(), empty.normalized())


main()
