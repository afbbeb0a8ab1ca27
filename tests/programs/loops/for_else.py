# for/else runs else only when no break happened.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False

print([n for n in range(30) if is_prime(n)])
for x in []:
    print("never")
else:
    print("empty loop else")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no 5 found")
for x in [1, 5, 3]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner completed for", i)
        continue
    print("inner broke for", i)
