# Exact arithmetic utilities: big-integer sequences, rational approximations and float internals.

import math


def factorial_digits(n):
    f = math.factorial(n)
    s = str(f)
    return len(s), sum(int(d) for d in s), len(s) - len(s.rstrip("0"))


def continued_fraction(num, den, limit=20):
    terms = []
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length


def main():
    print(factorial_digits(100), factorial_digits(500))
    print(2 ** 200, -(2 ** 130) // 7, (2 ** 130) % 1000007, (-2) ** 63, 10 ** 30 - 1)
    big = 3 ** 300
    print(big.bit_length(), len(str(big)), big % 10 ** 10, isqrt_newton(big) == math.isqrt(big))
    print(math.gcd(2 ** 64, 6 ** 30), math.comb(60, 30), math.perm(10, 4), math.lcm(12, 18, 30))
    terms = continued_fraction(*(math.pi).as_integer_ratio(), limit=8)
    print(terms, convergents(terms)[:5])
    print((0.1).as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"), (2.5).is_integer(), (1e300).is_integer())
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0), math.copysign(3, -0.0))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.modf(3.75), math.frexp(48.0), math.ldexp(0.75, 6))
    print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.e, math.tau)
    print(round(math.sin(math.pi / 6), 12), round(math.atan2(1, 1) * 4, 12), math.hypot(3, 4, 12), math.dist((0, 0), (6, 8)))
    print(max(range(1, 10000), key=collatz_len), collatz_len(27), len(collatz_len.__defaults__[0]) > 1000)
    print(int("9" * 50) + 1, int("-" + "1" * 40, 2), hex(2 ** 100), oct(-(8 ** 20)), bin(2 ** 70 + 1)[-8:])
    print(sum(i * i for i in range(1, 10 ** 5)), 7 ** 77 % 13, pow(7, 77, 13), pow(3, -1, 7), abs(-(10 ** 25)))
    n = 600851475143
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    print(factors + [n] if n > 1 else factors)
    print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{12345678901234567890:e}", f"{2 ** 100:x}", float(2 ** 100), 2 ** 100 / 3)
    try:
        str(10 ** 5000)
    except ValueError as e:
        print("ValueError:", e)


main()
