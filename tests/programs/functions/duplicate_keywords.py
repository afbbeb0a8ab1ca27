# A keyword given twice across ** and explicit keywords.
def kw(**kw): return kw
try:
    print(kw(**{"a": 1}, a=2))
except TypeError as e:
    print(e)
def f(a, b): return a, b
try:
    print(f(1, **{"a": 2}))
except TypeError as e:
    print(e)
try:
    print(kw(**{"a": 1}, **{"a": 2}))
except TypeError as e:
    print(e)
