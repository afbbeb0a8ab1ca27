# math's integer functions on small and huge ints
import math

print(math.factorial(0), math.factorial(20), math.factorial(25))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.comb(52, 5), math.perm(52, 5), math.comb(10**20, 3), math.perm(10**30, 2))
print(math.comb(1000, 500) % 1000000007, math.perm(20), math.comb(5, 7), math.perm(5, 7))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**100), math.isqrt(2**200 + 1))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**100, 6**50), math.gcd(17, 5, 85))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(2**64, 3**30), math.lcm(0, 9))
print(math.floor(10**30), math.ceil(-10**30), math.trunc(True), math.floor(1e25), math.ceil(2.000001))
print(math.prod(range(1, 21)), math.prod([1.5, 2, 4]), math.prod([]), math.prod([2, 3], start=10))
print(math.log(10**1000), math.log2(2**5000), math.log10(10**600), math.log(2**3000, 2))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(1.0), lambda: math.isqrt(-5),
            lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.gcd(1.5),
            lambda: math.factorial(10**20), lambda: math.log(0), lambda: math.log(-10**100)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
