def trace(label, value=None):
    print("eval", label)
    return value


class Box:
    pass


def f():
    trace("obj", Box()).attr: trace("ann in function")
    trace("dict", {})[trace("key", 1)]: int
    try:
        missing.attr: int
    except NameError as e:
        print("NameError", e)


f()
trace("module obj", Box()).attr: trace("ann at module")
print(__annotations__)
