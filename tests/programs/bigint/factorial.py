# Factorials grow past 64 bits.
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), str(f100)[:20], f100 % 1000003)
digits = [int(c) for c in str(f100)]
print(sum(digits))
zeros = 0
while f100 % 10 == 0:
    f100 //= 10
    zeros += 1
print(zeros, f100 % 10)
