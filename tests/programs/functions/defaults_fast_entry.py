# Calls that leave trailing parameters to their defaults, through every call path the loop
# has (a global function, a local lambda, a closure-free nested function), including a
# shared mutable default, too few arguments, and recursion.
def scale(x, factor=2, offset=0):
    return x * factor + offset


def remember(item, seen=[]):
    seen.append(item)
    return len(seen)


adders = [lambda x, k=k: x + k for k in range(4)]
total = 0
for i in range(10):
    for adder in adders:
        total = adder(total) % 1000
print(total)
print(scale(3), scale(3, 5), scale(3, 5, 1))
print([remember(i) for i in range(4)], remember.__defaults__)
try:
    print(scale())
except TypeError as err:
    print("TypeError:", err)


def countdown(n, step=1, acc=0):
    if n <= 0:
        return acc
    return countdown(n - step, acc=acc + n) if n % 2 else countdown(n - step)


print(countdown(50))


def outer():
    def inner(a, b=4):
        return a * b

    return [inner(i) for i in range(5)]


print(outer())
