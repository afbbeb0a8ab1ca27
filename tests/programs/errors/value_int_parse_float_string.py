# int() of a float-looking string.
print(int(" 7 "))
print(int("7.5"))
