# Memoization through a closure over a dict.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        stats["misses"] += 1
        result = fn(n)
        cache[n] = result
        return result
    return wrapper, stats

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib, stats = memoize(slow_fib)
print(fib(80), stats)
print(fib(90), stats)
print([fib(i) for i in range(10)], stats)
