# Using a name after del.
x = 5
print(x)
del x
print(x)
