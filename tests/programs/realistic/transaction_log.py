# A context-manager based transaction log with try/except/finally and nested `with`.

class TransactionError(Exception):
    pass


class Log:
    def __init__(self):
        self.lines = []

    def write(self, msg):
        self.lines.append(msg)
        print("  log:", msg)


class Store:
    def __init__(self, log):
        self.data = {}
        self.log = log
        self.depth = 0

    def transaction(self, name):
        return Transaction(self, name)


class Transaction:
    def __init__(self, store, name):
        self.store = store
        self.name = name
        self.snapshot = None

    def __enter__(self):
        self.snapshot = dict(self.store.data)
        self.store.depth += 1
        self.store.log.write(f"begin {self.name} depth={self.store.depth}")
        return self

    def set(self, key, value):
        if not isinstance(key, str):
            raise TransactionError(f"bad key {key!r}")
        self.store.data[key] = value

    def __exit__(self, exc_type, exc, tb):
        self.store.depth -= 1
        if exc_type is None:
            self.store.log.write(f"commit {self.name}")
            return False
        self.store.data = self.snapshot
        self.store.log.write(f"rollback {self.name}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, TransactionError)


class Timer:
    def __init__(self, label, events):
        self.label = label
        self.events = events

    def __enter__(self):
        self.events.append(f"enter {self.label}")
        return self.label.upper()

    def __exit__(self, *exc_info):
        self.events.append(f"exit {self.label} {exc_info[0].__name__ if exc_info[0] else None}")


def transfer(store, src, dst, amount):
    with store.transaction(f"transfer {src}->{dst}") as tx:
        balance = store.data.get(src, 0)
        tx.set(src, balance - amount)
        if balance < amount:
            raise ValueError(f"{src} has only {balance}")
        tx.set(dst, store.data.get(dst, 0) + amount)
    return store.data[dst]


def risky(store, step):
    result = []
    try:
        result.append("try")
        with store.transaction(f"risky{step}") as tx:
            tx.set("risk", step)
            if step == 1:
                tx.set(42, "bad")
            if step == 2:
                raise KeyError("boom")
            result.append("body done")
    except KeyError as e:
        result.append(f"caught {e!r}")
    else:
        result.append("else")
    finally:
        result.append("finally")
    return result


def finally_order():
    trace = []
    def inner():
        try:
            trace.append("inner try")
            return "inner value"
        finally:
            trace.append("inner finally")
    try:
        trace.append(inner())
        raise RuntimeError("outer")
    except RuntimeError as e:
        trace.append(f"except {e}")
    finally:
        trace.append("outer finally")
    return trace


def main():
    log = Log()
    store = Store(log)
    with store.transaction("init") as tx:
        tx.set("alice", 100)
        tx.set("bob", 20)
    print(transfer(store, "alice", "bob", 30), store.data)
    try:
        transfer(store, "bob", "alice", 500)
    except ValueError as e:
        print("ValueError:", e, store.data)
    with store.transaction("outer") as outer:
        outer.set("carol", 5)
        with store.transaction("inner") as inner:
            inner.set("carol", 6)
            inner.set(None, 0)
        print("after inner", store.data)
    print("after outer", store.data, "depth", store.depth)
    for step in range(3):
        print(step, risky(store, step), store.data.get("risk"))
    events = []
    with Timer("a", events) as a, Timer("b", events) as b:
        events.append(a + b)
    try:
        with Timer("c", events):
            [][1]
    except IndexError as e:
        events.append(f"handled {e}")
    print(events)
    print(finally_order())
    print(len(log.lines), log.lines[-1])


main()
