# Three levels of nesting with nonlocal at different levels.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        def snapshot():
            return total, list(items)
        return snapshot
    return add

acc = accumulator()
s1 = acc(5)
s2 = acc(7)
print(s1(), s2())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())
