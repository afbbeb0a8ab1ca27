# Calling an int.
value = 5
print(value * 2)
value()
