# A class body inside a function: its own attributes versus the function's variables seen by
# methods and comprehensions.
def outer():
    x = 1
    class C:
        y = 0
        x = 2
        z = x
        w = [x * 10 for _ in range(2)]
        def m(self): return x
    return C.y, C.z, C.w, C().m(), C.x
print(outer())
class D:
    a = 5
    b = [a for _ in range(1)] if False else None
    def f(self): return "ok"
print(D.b, D().f())
def g():
    v = "outer"
    class E:
        print(v)
    return E
g()
