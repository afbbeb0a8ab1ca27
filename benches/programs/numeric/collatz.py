# Collatz lengths: the longest 3n+1 chain below a bound, computed without memoisation.
def collatz_length(n):
    length = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        length += 1
    return length


def longest_chain(limit):
    best_start = 1
    best_length = 1
    total = 0
    for start in range(1, limit):
        length = collatz_length(start)
        total += length
        if length > best_length:
            best_start = start
            best_length = length
    return best_start, best_length, total


print(longest_chain(100000))
