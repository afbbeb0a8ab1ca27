x = [1 2 3]
f(a b)
