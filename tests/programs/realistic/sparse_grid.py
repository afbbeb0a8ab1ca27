# A sparse 2-D grid container implementing the sequence/mapping protocols and __call__.

class SparseGrid:
    def __init__(self, default=0):
        self.cells = {}
        self.default = default

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = range(*r.indices(self.height())) if isinstance(r, slice) else [r]
                cols = range(*c.indices(self.width())) if isinstance(c, slice) else [c]
                return [[self[i, j] for j in cols] for i in rows]
            return self.cells.get((r, c), self.default)
        raise TypeError(f"grid indices must be pairs, not {type(key).__name__}")

    def __setitem__(self, key, value):
        if value == self.default:
            self.cells.pop(key, None)
        else:
            self.cells[key] = value

    def __delitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

    def __iter__(self):
        return iter(sorted(self.cells.items()))

    def __call__(self, fn):
        result = SparseGrid(self.default)
        for key, value in self:
            result[key] = fn(value)
        return result

    def __bool__(self):
        return bool(self.cells)

    def height(self):
        return 1 + max((r for r, _ in self.cells), default=-1)

    def width(self):
        return 1 + max((c for _, c in self.cells), default=-1)

    def __str__(self):
        w = max((len(str(v)) for v in self.cells.values()), default=1)
        return "\n".join(" ".join(f"{self[r, c]:>{w}}" for c in range(self.width()))
                         for r in range(self.height()))

    def __eq__(self, other):
        return isinstance(other, SparseGrid) and self.cells == other.cells

    def __iadd__(self, other):
        for key, value in other:
            self[key] = self[key] + value
        return self


class CountingGrid(SparseGrid):
    def __init__(self):
        super().__init__(0)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


def main():
    g = SparseGrid()
    for i in range(5):
        g[i, i] = i + 1
        g[i, 4 - i] = 10 * (i + 1)
    print(g)
    print(len(g), (2, 2) in g, (0, 1) in g, bool(g), bool(SparseGrid()))
    print(g[1:4, 1:4])
    print(g[0, ::2], g[::-2, 0])
    doubled = g(lambda v: v * 2)
    print(list(doubled)[:4])
    del g[0, 0]
    try:
        del g[0, 0]
    except KeyError as e:
        print("KeyError", e)
    try:
        g[3]
    except TypeError as e:
        print("TypeError", e)
    g[1, 1] = 0
    print(len(g), g == doubled, g(lambda v: v) == g)
    c = CountingGrid()
    c += g
    c += g
    print(c.writes, len(c), c[0, 4], c[4, 0])
    print(c)
    print(sorted(c.cells, key=lambda k: (-c.cells[k], k))[:3])
    print(max(g, key=lambda kv: kv[1]), min(g)[0])


main()
