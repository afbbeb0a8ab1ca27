# Objects with __getitem__ but no __iter__ are iterable through the old sequence protocol.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), sum(Squares(4)))
for value in Squares(3):
    print(value, end=" ")
print()
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(4), reverse=True), tuple(Squares(2)), max(Squares(6)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"), next(it, "end"))
print(list(zip(Squares(3), "abc")), list(enumerate(Squares(2))), dict.fromkeys(Squares(2)))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return str(i)


print(list(StopsWithStopIteration()), "-".join(StopsWithStopIteration()))


class Broken:
    def __getitem__(self, i):
        raise ValueError("boom")


try:
    list(Broken())
except ValueError as e:
    print("ValueError:", e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in object():
        pass
except TypeError as e:
    print("TypeError:", e)
