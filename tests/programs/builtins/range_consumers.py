# Builtins consuming range iterators: sum, list, tuple, set, min, max, any, all, sorted.
print(sum(range(10)), sum(range(10, 0, -3)), sum(range(0)), sum(range(5), 100))
print(sum(range(5), 0.5), sum(range(2**62, 2**62 + 4)), sum(range(-5, 5)))
print(list(range(3, 12, 4)), tuple(range(4)), sorted(set(range(5, 0, -1))))
print(min(range(7, 2, -1)), max(range(-3, 3)), any(range(1)), all(range(1, 4)))

it = iter(range(10))
next(it)
next(it)
print(sum(it), list(it), sum(it))


class Greedy:
    # Adding to it steals the next item from the same iterator.
    def __init__(self, total, source):
        self.total = total
        self.source = source

    def __add__(self, item):
        stolen = next(self.source, 0)
        print("add", item, "stole", stolen)
        return Greedy(self.total + item, self.source)


source = iter(range(6))
print(sum(source, Greedy(0, source)).total)
big = iter(range(2**63 - 3, 2**63 + 2))
print(sum(big), list(big))
print(sum(range(2**62, 2**62 + 8)))
try:
    sum(range(3), "x")
except TypeError as error:
    print(error)
