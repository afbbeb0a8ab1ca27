# nonlocal and global for the same name at different levels.
x = 0
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            global x
            x += 100
            return x
        return inner(), x
    r = mid()
    return r, x
print(outer(), x)
def deep():
    a = []
    def add(v):
        a.append(v)
        return a
    return add
add = deep()
add(1)
print(add(2))
