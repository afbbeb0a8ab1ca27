# Closures created in loops and comprehensions referencing enclosing names.
def make_adders(ns):
    adders = {}
    for n in ns:
        def adder(x, n=n):
            return x + n
        adders[n] = adder
    return adders

adders = make_adders([1, 5, 10])
print({k: f(100) for k, f in adders.items()})
def outer(factor):
    return [x * factor for x in range(4)], {x: x * factor for x in range(3)}, sum(x * factor for x in range(5))
print(outer(3))
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
hit = counter_factory()
for k in "abcab":
    hit(k)
print(hit("z"))
