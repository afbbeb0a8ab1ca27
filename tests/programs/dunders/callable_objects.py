# __call__ makes instances callable; callable() reports it.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [1, 2])), callable(add5))
print(callable(Adder), callable(5), callable(print), callable(lambda: 0), callable("x"))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


counter = Counter()
for _ in range(3):
    counter()
print(counter.calls, sorted([3, 1, 2], key=Adder(0)))
try:
    Counter()(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object()()
except TypeError as e:
    print("TypeError:", e)


class Factory:
    def __call__(self, cls):
        return cls()


print(type(Factory()(Counter)).__name__)


class Compose:
    def __init__(self, *functions):
        self.functions = functions

    def __call__(self, value):
        for function in reversed(self.functions):
            value = function(value)
        return value


print(Compose(str, abs, Adder(-10))(3), Compose()(7))
