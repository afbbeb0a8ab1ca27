# Positional-only parameter passed by keyword.
def f(a, /, b):
    return a - b

print(f(5, b=1))
f(a=5, b=1)
