# list.remove of a missing value.
lst = [1, 2]
lst.remove(1)
print(lst)
lst.remove(1)
