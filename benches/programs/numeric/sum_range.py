# Sum of a range: an explicit accumulation loop and the `sum` builtin over the same ranges.
def explicit_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total


def builtin_sums(rounds, n):
    total = 0
    for r in range(rounds):
        total += sum(range(r, n + r))
    return total


print(explicit_sum(12000000))
print(builtin_sums(100, 200000))
