# An exception raised in finally replaces the one in flight; context is kept.
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")

try:
    f()
except ValueError as e:
    print("propagated:", e)

def g():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

try:
    g()
except KeyError as e:
    print("replaced:", repr(e), "context:", repr(e.__context__))
print("done")
g()
