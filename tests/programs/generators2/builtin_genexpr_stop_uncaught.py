# An uncaught StopIteration from inside set(<genexpr>) ends the program as RuntimeError.
def first(items):
    return next(iter(items))


print(set(first(row) for row in [[1], [2]]))
print(set(first(row) for row in [[1], []]))
