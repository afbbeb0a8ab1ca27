# float() of an invalid string.
print(float("1e3"))
print(float("one"))
