def trace(label, value=None):
    print("eval", label)
    return value


class C:
    a: trace("a-annotation", int) = trace("a-value", 1)
    b: trace("b-annotation", str)


print(C.__annotations__, C.a)


class Box:
    pass


box = Box()
items = {}
box.attr: trace("attr-annotation") = 5
items["k"]: trace("item-annotation") = 6
print(box.attr, items, __annotations__)


def f():
    local: trace("never evaluated") = 1
    other: trace("nor this")
    return local


print(f())


def g(a: trace("p-a", int) = trace("default-a", 1), *, b: trace("p-b") = trace("default-b", 2)) -> trace("ret", bool):
    pass


print(g.__annotations__)
