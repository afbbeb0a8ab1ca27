f()
f(1, 2)
f(a, b=1, *args, c=2, **kwargs)
f(*a, *b, **c, **d)
f(a)(b)(c)
obj.method(x).other[0]
print("hello", end="")
f(x, key=lambda y: y)
f(a=1, *b)
