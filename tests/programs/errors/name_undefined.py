# Using an undefined name.
defined = 1
print(defined)
print(undefined_variable)
