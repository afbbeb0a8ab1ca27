# Sieve of Eratosthenes, prime factorisation and related statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


def factorize(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(factors):
    parts = []
    for p in sorted(factors):
        e = factors[p]
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts)


def divisor_count(factors):
    count = 1
    for e in factors.values():
        count *= e + 1
    return count


primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print(sum(primes), max(b - a for a, b in zip(primes, primes[1:])))
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:6], twins[-1])
for n in [1, 2, 12, 360, 9973, 65536, 999999, 2 ** 31 - 1, 600851475143, 1234567890]:
    f = factorize(n, primes)
    print(f"{n} = {format_factors(f) or '1'} ({divisor_count(f)} divisors)")
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
last_digits = {}
for p in primes:
    last_digits[p % 10] = last_digits.get(p % 10, 0) + 1
print(dict(sorted(last_digits.items())))
goldbach = {}
prime_set = set(primes)
for even in range(4, 101, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print([goldbach[n] for n in (4, 28, 64, 98, 100)])
