# N-queens with generators: permutations produced by a recursive generator, filtered by a
# generator expression, plus a backtracking solver that yields each placement.
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1 :]
        for tail in permutations(rest):
            yield [items[i]] + tail


def is_solution(columns):
    n = len(columns)
    return n == len(set(columns[i] + i for i in range(n))) == len(
        set(columns[i] - i for i in range(n))
    )


def queens_by_permutation(n):
    return (columns for columns in permutations(list(range(n))) if is_solution(columns))


def place(n, row, columns, diagonals, anti_diagonals):
    # Yields every completion of `columns` (one queen per row so far) as a tuple.
    if row == n:
        yield tuple(columns)
        return
    for col in range(n):
        if col in columns or (row + col) in diagonals or (row - col) in anti_diagonals:
            continue
        columns.append(col)
        diagonals.add(row + col)
        anti_diagonals.add(row - col)
        yield from place(n, row + 1, columns, diagonals, anti_diagonals)
        columns.pop()
        diagonals.remove(row + col)
        anti_diagonals.remove(row - col)


def checksum(solutions):
    count = 0
    total = 0
    for solution in solutions:
        count += 1
        for row, col in enumerate(solution):
            total = (total * 7 + row * col + 1) % 1000000007
    return count, total


for n in (8, 9):
    print(checksum(queens_by_permutation(n)))
print(checksum(place(11, 0, [], set(), set())))
