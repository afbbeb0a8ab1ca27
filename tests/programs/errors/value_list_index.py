# list.index of a missing value.
lst = [1, 2, 3]
print(lst.index(2))
print(lst.index(5))
