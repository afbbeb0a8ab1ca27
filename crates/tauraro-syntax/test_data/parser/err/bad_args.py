f(a=1, b)
f(**k, *a)
f(**k, a)
f(x for x in y, 1)
