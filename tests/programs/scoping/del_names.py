# del removes bindings; names can be rebound afterwards.
a = 1
b = [1, 2, 3]
del a
a = "rebound"
print(a)
c = b
del b
print(c)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
def f():
    local = 5
    del local
    local = 6
    return local
print(f())
x, y = 1, 2
del x, y
x = 3
print(x)
