# Missing keyword-only argument.
def scaled(x, *, factor):
    return x * factor

print(scaled(2, factor=3))
scaled(2)
