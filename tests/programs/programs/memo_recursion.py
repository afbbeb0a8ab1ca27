# Memoized recursion with dicts: Fibonacci, partitions, edit distance, LCS, coin change.
fib_cache = {0: 0, 1: 1}


def fib(n):
    if n not in fib_cache:
        fib_cache[n] = fib(n - 1) + fib(n - 2)
    return fib_cache[n]


def partitions(n, max_part, memo):
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    key = (n, max_part)
    if key in memo:
        return memo[key]
    result = partitions(n - max_part, max_part, memo) + partitions(n, max_part - 1, memo)
    memo[key] = result
    return result


def edit_distance(a, b):
    memo = {}

    def go(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[(i, j)] = r
        return r

    return go(0, 0)


def lcs(a, b):
    memo = {}

    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        key = (i, j)
        if key not in memo:
            if a[i] == b[j]:
                memo[key] = a[i] + go(i + 1, j + 1)
            else:
                x, y = go(i + 1, j), go(i, j + 1)
                memo[key] = x if len(x) >= len(y) else y
        return memo[key]

    return go(0, 0)


def coin_change(coins, amount):
    memo = {}

    def ways(i, remaining):
        if remaining == 0:
            return 1
        if remaining < 0 or i == len(coins):
            return 0
        key = (i, remaining)
        if key not in memo:
            memo[key] = ways(i, remaining - coins[i]) + ways(i + 1, remaining)
        return memo[key]

    return ways(0, amount)


def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]


print([fib(n) for n in range(20)])
print(fib(300), len(fib_cache))
memo = {}
print([partitions(n, n, memo) for n in range(1, 21)], partitions(100, 100, memo), len(memo))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit_distance(a, b), repr(lcs(a, b)))
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 100))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
