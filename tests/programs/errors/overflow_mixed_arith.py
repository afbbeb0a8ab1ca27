# Adding a huge int to a float.
print(1.5 + 10 ** 20)
print(1.5 + 10 ** 400)
