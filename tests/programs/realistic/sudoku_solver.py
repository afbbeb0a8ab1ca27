# A Sudoku solver: constraint propagation with candidate sets plus backtracking search.

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
]

ROWS = [[(r, c) for c in range(9)] for r in range(9)]
COLS = [[(r, c) for r in range(9)] for c in range(9)]
BOXES = [[(br + r, bc + c) for r in range(3) for c in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
UNITS = ROWS + COLS + BOXES
PEERS = {}
for r in range(9):
    for c in range(9):
        PEERS[r, c] = {cell for unit in UNITS if (r, c) in unit for cell in unit} - {(r, c)}


class Stats:
    def __init__(self):
        self.guesses = 0
        self.assignments = 0


def parse(text):
    grid = {}
    for i, ch in enumerate(text):
        grid[divmod(i, 9)] = set(range(1, 10))
    values = {divmod(i, 9): int(ch) for i, ch in enumerate(text) if ch != "."}
    return grid, values


def assign(grid, cell, digit, stats):
    for other in grid[cell] - {digit}:
        if not eliminate(grid, cell, other, stats):
            return False
    stats.assignments += 1
    return True


def eliminate(grid, cell, digit, stats):
    if digit not in grid[cell]:
        return True
    grid[cell] = grid[cell] - {digit}
    if not grid[cell]:
        return False
    if len(grid[cell]) == 1:
        (only,) = grid[cell]
        if not all(eliminate(grid, peer, only, stats) for peer in PEERS[cell]):
            return False
    for unit in UNITS:
        if cell in unit:
            places = [c for c in unit if digit in grid[c]]
            if not places:
                return False
            if len(places) == 1 and len(grid[places[0]]) > 1:
                if not assign(grid, places[0], digit, stats):
                    return False
    return True


def search(grid, stats):
    if grid is None:
        return None
    if all(len(v) == 1 for v in grid.values()):
        return grid
    size, cell = min((len(v), k) for k, v in grid.items() if len(v) > 1)
    for digit in sorted(grid[cell]):
        stats.guesses += 1
        copy = {k: set(v) for k, v in grid.items()}
        if assign(copy, cell, digit, stats):
            result = search(copy, stats)
            if result:
                return result
    return None


def solve(text):
    stats = Stats()
    grid, values = parse(text)
    for cell, digit in values.items():
        if not assign(grid, cell, digit, stats):
            return None, stats
    return search(grid, stats), stats


def render(grid):
    lines = []
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(next(iter(grid[r, c]))) + (" | " if c in (2, 5) else " ")
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append("------+-------+------")
    return "\n".join(lines)


def valid(grid):
    return all(sorted(next(iter(grid[c])) for c in unit) == list(range(1, 10)) for unit in UNITS)


def main():
    for text in PUZZLES:
        grid, stats = solve(text)
        print(render(grid))
        print("valid:", valid(grid), "guesses:", stats.guesses, "givens:", sum(ch != "." for ch in text))
        print()
    bad = "55" + "." * 79
    grid, stats = solve(bad)
    print("contradiction:", grid)


main()
