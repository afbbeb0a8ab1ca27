# Concatenating a str with an int.
label = "total: "
print(label + str(5))
print(label + 5)
