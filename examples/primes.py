"""Sieve of Eratosthenes, list comprehensions and string formatting."""


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


primes = sieve(100_000)
print(len(primes), "primes below 100000; the last five:", primes[-5:])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(f"{len(twins)} twin pairs, e.g. {twins[:3]}")
