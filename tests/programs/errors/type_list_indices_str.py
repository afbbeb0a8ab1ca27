# Indexing a list with a str.
lst = [10, 20]
print(lst[1])
print(lst["1"])
