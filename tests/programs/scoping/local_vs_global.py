# Name resolution order: local, enclosing, global, builtin.
value = "global"
def f():
    return value
def g():
    value = "local"
    def h():
        return value
    return h()
print(f(), g())
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
len = lambda x: "shadowed"
print(uses_builtin(), len([1]))
del len
print(uses_builtin(), len([1]))
def local_builtin_shadow():
    max = 5
    return max
print(local_builtin_shadow(), max(1, 2))
print = print
print("print rebound to itself still works")
