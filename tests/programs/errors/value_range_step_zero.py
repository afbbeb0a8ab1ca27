# range() with a zero step.
print(list(range(0, 4, 2)))
print(range(0, 4, 0))
