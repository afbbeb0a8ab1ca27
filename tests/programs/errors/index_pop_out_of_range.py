# pop with an index out of range.
lst = [1, 2]
print(lst.pop(0))
lst.pop(5)
