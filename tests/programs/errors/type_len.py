# len() of an int.
print(len([1, 2, 3]))
print(len(42))
