# %d with a string argument.
print("%d items" % 5)
print("%d items" % "five")
