# Sieve of Eratosthenes over a list of flags, repeated; prints the prime counts and a checksum.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return is_prime


def prime_stats(limit):
    flags = sieve(limit)
    count = 0
    checksum = 0
    for n in range(limit + 1):
        if flags[n]:
            count += 1
            checksum = (checksum * 31 + n) % 1000000007
    return count, checksum


for limit in (10, 1000, 100000, 1000000, 2000000, 4000000):
    print(limit, prime_stats(limit))
