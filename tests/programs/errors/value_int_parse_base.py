# int() with a base and invalid digits.
print(int("ff", 16))
print(int("fg", 16))
