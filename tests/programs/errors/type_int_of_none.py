# int() of None.
print(int("5"), int(5.5))
value = None
print(int(value))
