# A function's __globals__ is its module's namespace: reads and writes go to the globals.
counter = 1


def f():
    return counter


g = f.__globals__
print(g["counter"], "f" in g, g["f"] is f)
g["counter"] = 42
print(f(), counter)
print(sorted(k for k in g if not k.startswith("__")))


def outer():
    def inner():
        pass

    return inner


print(outer().__globals__["counter"])
