# An event bus with closures, nonlocal state, late-binding pitfalls, decorators with
# arguments, functools-free partial application and global configuration.

DEBUG = False
handled = 0


def set_debug(flag):
    global DEBUG
    DEBUG = flag


def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    call.__name__ = f"partial({fn.__name__})"
    return call


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, topic, priority=0):
        def decorator(fn):
            self.handlers.setdefault(topic, []).append((priority, fn))
            self.handlers[topic].sort(key=lambda pf: -pf[0])
            return fn
        return decorator

    def emit(self, topic, **payload):
        global handled
        results = []
        for priority, fn in self.handlers.get(topic, []):
            handled += 1
            out = fn(**payload)
            if DEBUG:
                results.append(f"{fn.__name__}@{priority}={out!r}")
            else:
                results.append(out)
            if out == "stop":
                break
        return results


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old
    return counter, reset


def make_accumulators():
    late = [lambda x: x + i for i in range(3)]
    bound = [lambda x, i=i: x + i for i in range(3)]
    return [f(10) for f in late], [f(10) for f in bound]


def main():
    bus = Bus()
    counter, reset = make_counter(100, 5)
    log = []

    @bus.on("order", priority=1)
    def audit(item, qty):
        log.append((item, qty))
        return len(log)

    @bus.on("order", priority=5)
    def validate(item, qty):
        return "stop" if qty <= 0 else "ok"

    @bus.on("order")
    def number(item, qty):
        return counter()

    def scale(item, qty, factor):
        return qty * factor
    bus.on("order", priority=3)(partial(scale, factor=10))
    print(bus.emit("order", item="apple", qty=3))
    print(bus.emit("order", item="pear", qty=0))
    set_debug(True)
    print(bus.emit("order", item="fig", qty=2))
    print(bus.emit("nothing"), handled, DEBUG, log)
    print(reset(), counter(), counter())
    print(make_accumulators())
    adders = {}
    for name, n in [("inc", 1), ("dec", -1), ("dbl", None)]:
        if n is None:
            adders[name] = lambda x: x * 2
        else:
            adders[name] = partial(lambda a, b: a + b, n)
    print({k: f(7) for k, f in adders.items()}, adders["inc"].__name__)

    def compose(*fns):
        def run(x):
            for fn in reversed(fns):
                x = fn(x)
            return x
        return run
    pipeline = compose(adders["inc"], adders["dbl"], adders["dec"])
    print(pipeline(5), [compose()(v) for v in range(3)])
    calls = []

    def traced(fn):
        def wrapper(*args, **kwargs):
            calls.append(f"{fn.__name__}{args}{sorted(kwargs.items())}")
            return fn(*args, **kwargs)
        return wrapper

    @traced
    @traced
    def area(w, h=1):
        return w * h
    print(area(3, h=4), area(2), calls)
    x = 1

    def outer():
        x = 2

        def inner():
            return x
        x = 3
        return inner
    print(outer()(), x)


main()
