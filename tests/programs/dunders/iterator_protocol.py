# __iter__/__next__: iterators, iterables returning fresh iterators, StopIteration, errors.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)


class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, None))
try:
    next(c)
except StopIteration:
    print("StopIteration")
d = Deck(["A", "K"])
print(list(d), list(d), "K" in d, sorted(d))
f = iter(Fib())
print([next(f) for _ in range(8)])
it = iter([1, 2, 3])
print(it.__next__(), next(it), iter(it) is it, it.__iter__() is it, list(it))


class BadIter:
    def __iter__(self):
        return 5


class NoNext:
    def __iter__(self):
        return self


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Deck([]))
except TypeError as e:
    print("TypeError:", e)


class Pairs:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for i in range(0, len(self.items), 2):
            yield self.items[i : i + 2]


print(dict(Pairs("a", 1, "b", 2)), list(map(list, Pairs(1, 2, 3))))
print(list(iter(Countdown(3).__next__, 1)))
