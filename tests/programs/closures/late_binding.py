# Closures capture variables, not values.
fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(4):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    def make(k):
        return lambda x: x * k
    return [make(k) for k in range(1, 4)]
print([m(10) for m in make_multipliers_fixed()])
def outer():
    x = "first"
    def get():
        return x
    x = "second"
    return get
print(outer()())
