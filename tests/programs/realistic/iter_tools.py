# Hand-written iterator toolkit (chain, groupby, permutations, combinations, product,
# batched, pairwise) implemented as iterator classes and generators, used on sales data.

class Chain:
    def __init__(self, *iterables):
        self.sources = iter(iterables)
        self.current = iter(())

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self.current)
            except StopIteration:
                self.current = iter(next(self.sources))


class Count:
    def __init__(self, start=0, step=1):
        self.n = start
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self.n
        self.n += self.step
        return value


def groupby(items, key):
    it = iter(items)
    try:
        item = next(it)
    except StopIteration:
        return
    group, current = [item], key(item)
    for item in it:
        k = key(item)
        if k != current:
            yield current, group
            group, current = [], k
        group.append(item)
    yield current, group


def permutations(seq, r=None):
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest


def combinations(seq, r):
    if r == 0:
        yield ()
        return
    for i in range(len(seq) - r + 1):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest


def product(*pools):
    result = [()]
    for pool in pools:
        result = [prefix + (x,) for prefix in result for x in pool]
    yield from result


def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


SALES = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "east", 40), ("2024-02", "south", 130), ("2024-03", "east", 60),
         ("2024-03", "north", 110), ("2024-03", "south", 70)]


def main():
    print(list(Chain([1, 2], (), "ab", range(3))))
    counter = Count(10, -3)
    print([next(counter) for _ in range(5)], list(zip(Count(), "xyz")))
    for month, rows in groupby(SALES, key=lambda r: r[0]):
        best = max(rows, key=lambda r: r[2])
        print(month, sum(r[2] for r in rows), best[1])
    by_region = sorted(SALES, key=lambda r: r[1])
    print({region: [r[2] for r in rows] for region, rows in groupby(by_region, lambda r: r[1])})
    print(list(permutations("abc")), len(list(permutations(list(range(5)), 3))))
    print(list(combinations([1, 2, 3, 4], 2)), sum(1 for _ in combinations(list(range(10)), 4)))
    print(list(product("ab", [0, 1])), len(list(product(range(3), repeat_pool := range(4), "xy"))), list(repeat_pool))
    print(list(batched(range(10), 4)), list(batched([], 3)))
    totals = [sum(r[2] for r in rows) for _, rows in groupby(SALES, key=lambda r: r[0])]
    print([b - a for a, b in pairwise(totals)], list(pairwise([1])))
    it = iter(SALES)
    head = [next(it) for _ in range(2)]
    print(head[-1], sum(1 for _ in it), next(it, "done"))
    words = ["apple", "Avocado", "banana", "Blueberry", "cherry"]
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w), reverse=True))
    records = sorted(SALES, key=lambda r: r[2], reverse=True)
    stable = sorted(records, key=lambda r: r[1])
    print([(r[1], r[2]) for r in stable])
    print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(filter(None, [0, 1, "", "x", None, []])))
    print(list(enumerate("abc", start=1)), list(reversed(range(0, 10, 3))), list(zip(*[(1, "a"), (2, "b")])))
    print(any(x > 100 for _, _, x in SALES), all(x > 30 for *_, x in SALES), min(SALES, key=lambda r: r[2])[1])


main()
