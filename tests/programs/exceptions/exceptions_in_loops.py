# Exceptions raised and caught many times in a loop, with nested functions.
def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x ** 0.5

errors = 0
total = 0.0
for i in range(-50, 50):
    try:
        total += checked_sqrt(i)
    except ValueError:
        errors += 1
print(errors, round(total, 6))

def first_index(items, target):
    try:
        return items.index(target)
    except ValueError:
        return -1

print([first_index([3, 1, 4, 1, 5], t) for t in range(7)])

class Retry(Exception):
    pass

attempts = []
def flaky(n):
    attempts.append(n)
    if len(attempts) % 3:
        raise Retry(n)
    return n * 10

results = []
for n in range(4):
    while True:
        try:
            results.append(flaky(n))
            break
        except Retry:
            continue
print(results, len(attempts))
