# str.format with a missing positional argument.
print("{0} {1}".format("a", "b"))
print("{0} {1}".format("a"))
