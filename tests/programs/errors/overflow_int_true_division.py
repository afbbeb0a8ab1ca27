# True division of huge ints whose result does not fit a float.
print(10 ** 400 / 10 ** 390)
print(10 ** 400 / 3)
