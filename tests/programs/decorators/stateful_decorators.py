# Decorators with state: call counting with a class-based decorator, memoization.
class CountCalls:
    def __init__(self, function):
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


def memoize(function):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


def retry(times, exceptions=(Exception,)):
    def decorate(function):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return function(*args)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts")

        return wrapper

    return decorate


state = {"n": 0}


@retry(3, (ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"


print(flaky())


@retry(2)
def hopeless():
    raise KeyError("never")


try:
    hopeless()
except RuntimeError as e:
    print("RuntimeError:", e)


def once(function):
    done = []

    def wrapper(*args):
        if not done:
            done.append(function(*args))
        return done[0]

    return wrapper


@once
def setup(value):
    print("setting up with", value)
    return value * 10


print(setup(1), setup(2))
