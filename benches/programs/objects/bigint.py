# Big-int arithmetic: factorials, powers, modular exponentiation by squaring, Fibonacci
# numbers and decimal conversion of large results (below CPython's 4300-digit limit).
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def power_by_squaring(base, exponent, modulus):
    result = 1
    base %= modulus
    while exponent > 0:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result


def fibonacci(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(ch) for ch in str(n))


def main():
    # CPython refuses str() of ints over 4300 digits, so decimal work stays below that.
    print(digit_sum(factorial(1400)), len(str(factorial(1400))))
    big_factorial = factorial(3000)
    for n in range(2000, 2300):
        big_factorial ^= factorial(n)
    print(big_factorial.bit_length(), big_factorial % 1000000007)
    powers = 0
    for exponent in range(200, 6000):
        powers ^= 3**exponent * 7 ** (exponent // 2) + 11**exponent
    print(powers.bit_length(), powers % 1000000007)
    modulus = 2**127 - 1
    acc = 0
    for base in range(2, 10000):
        acc = (acc + power_by_squaring(base, 2**64 + base, modulus)) % modulus
    print(acc)
    fib = fibonacci(20000)
    print(fib.bit_length(), fib % 1000000007, len(str(fib)))
    quotient, remainder = divmod(big_factorial, fib)
    print(quotient.bit_length(), remainder % 1000000007)


main()
