# Iterating over None returned by a function without return.
def items():
    pass

print(items())
for x in items():
    print(x)
