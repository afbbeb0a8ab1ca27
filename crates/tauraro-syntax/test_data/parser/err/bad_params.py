def f(a=1, b): pass
def g(*, **k): pass
def h(a, /, /): pass
def i(**k, a): pass
def j(*): pass
