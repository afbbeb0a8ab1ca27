# Generator-based cooperative tasks: a round-robin loop with send/throw/close and yield from.

class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


def worker(name, steps, log):
    total = 0
    try:
        for i in range(steps):
            received = yield Sleep(i % 3)
            total += received or 0
            log.append(f"{name} step {i} got {received}")
        return f"{name} done total={total}"
    except Cancelled as e:
        log.append(f"{name} cancelled: {e}")
        return f"{name} cancelled"
    finally:
        log.append(f"{name} cleanup")


def subtask(n):
    acc = []
    for i in range(n):
        x = yield Sleep(1)
        acc.append(x)
    return sum(v for v in acc if v)


def parent(log):
    a = yield from subtask(2)
    b = yield from subtask(3)
    log.append(f"parent sub results {a} {b}")
    return a + b


def forever(log):
    n = 0
    try:
        while True:
            yield Sleep(0)
            n += 1
    except GeneratorExit:
        log.append(f"forever closed after {n}")
        raise


class Loop:
    def __init__(self):
        self.tasks = {}
        self.results = {}
        self.clock = 0

    def spawn(self, name, gen):
        self.tasks[name] = [gen, 0, None]

    def run(self, max_ticks, cancel_at=None, close_at=None):
        while self.tasks and self.clock < max_ticks:
            self.clock += 1
            for name in list(self.tasks):
                gen, wake, value = self.tasks[name]
                if wake > self.clock:
                    continue
                try:
                    if cancel_at and cancel_at[0] == self.clock and cancel_at[1] == name:
                        request = gen.throw(Cancelled(f"at tick {self.clock}"))
                    else:
                        request = gen.send(value)
                except StopIteration as stop:
                    self.results[name] = stop.value
                    del self.tasks[name]
                    continue
                self.tasks[name] = [gen, self.clock + request.ticks, self.clock * 10]
            if close_at == self.clock:
                for name in [n for n in self.tasks if n.startswith("forever")]:
                    self.tasks.pop(name)[0].close()
                    self.results[name] = "closed"
        return self.clock


def main():
    log = []
    loop = Loop()
    loop.spawn("alpha", worker("alpha", 4, log))
    loop.spawn("beta", worker("beta", 6, log))
    loop.spawn("gamma", worker("gamma", 5, log))
    loop.spawn("parent", parent(log))
    loop.spawn("forever", forever(log))
    ticks = loop.run(50, cancel_at=(5, "gamma"), close_at=7)
    print("ticks", ticks)
    for name in sorted(loop.results):
        print(name, "->", loop.results[name])
    print("\n".join(log))
    g = worker("solo", 2, log)
    print(type(next(g)).__name__, g.send(5).ticks)
    try:
        g.send(6)
    except StopIteration as e:
        print("StopIteration", e.value)
    g2 = forever(log)
    next(g2)
    g2.close()
    g2.close()
    print(log[-1])
    try:
        next(g2)
    except StopIteration:
        print("exhausted after close")
    g3 = worker("thrower", 3, log)
    next(g3)
    try:
        g3.throw(ValueError("boom"))
    except ValueError as e:
        print("propagated", e, log[-1])


main()
