# str.format with a missing named field.
print("{name}".format(name="ok"))
print("{name} {other}".format(name="ok"))
