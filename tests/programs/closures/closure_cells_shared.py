# Multiple closures share the same cell.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
set_([1, 2])
print(get())
get2, set2 = pair()
set2("independent")
print(get(), get2())
def make_fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return nxt
f = make_fib_gen()
print([f() for _ in range(12)])
