# An uncaught TypeError from isinstance with a parameterized generic.
values = [[1, 2], (3,)]
for value in values:
    print(type(value).__name__, isinstance(value, list | tuple))
print(isinstance(values, list[list[int]]))
