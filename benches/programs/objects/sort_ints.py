# Sorting a million ints: pseudo-random values sorted with list.sort, sorted() in reverse,
# and re-sorting already sorted data.
def generate(count, seed):
    values = []
    state = seed
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        values.append(state >> 4)
    return values


def checksum(values):
    total = 0
    for i in range(0, len(values), 101):
        total = (total * 31 + values[i]) % 1000000007
    return total


values = generate(1000000, 12345)
ascending = sorted(values)
descending = sorted(values, reverse=True)
values.sort()
values.sort()
print(ascending == values, ascending[0], ascending[-1], descending[0] == ascending[-1])
print(checksum(ascending), checksum(descending))
