# range object index out of range.
r = range(5)
print(r[4])
print(r[5])
