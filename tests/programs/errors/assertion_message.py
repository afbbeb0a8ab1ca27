# Failing assert with a message.
x = 1
assert x == 1, "x should be 1"
print("first assert ok")
assert x == 2, "x was " + str(x)
