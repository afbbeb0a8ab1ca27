# Modular exponentiation and number theory with big ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007))
print(gcd(2 ** 100, 6 ** 50), gcd(10 ** 30 + 1, 10 ** 15 + 1))
m = 2 ** 89 - 1
print(m, is_probable_prime(m), is_probable_prime(m + 2))
print([p for p in range(10 ** 12, 10 ** 12 + 100) if is_probable_prime(p)])
print(pow(12345678901234567890, 3, 98765432109876543211))
print(pow(-3, 3, 10 ** 20), pow(2, -1, 10 ** 20 + 1))
