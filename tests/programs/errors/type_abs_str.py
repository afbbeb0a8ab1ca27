# abs() of a str.
print(abs(-3))
print(abs("-3"))
