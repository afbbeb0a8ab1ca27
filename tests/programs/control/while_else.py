# while loops with else and break.
def find_first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

for n in [2, 15, 17, 49, 97, 100]:
    print(n, find_first_divisor(n))
count = 0
while count < 3:
    count += 1
else:
    print("finished normally", count)
n = 10
while n:
    n -= 3
    if n < 0:
        print("went negative", n)
        break
else:
    print("never printed")
