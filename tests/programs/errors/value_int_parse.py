# int() of a non-numeric string.
print(int("42"))
print(int("4x2"))
