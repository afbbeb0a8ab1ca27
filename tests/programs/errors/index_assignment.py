# List assignment index out of range.
lst = [0] * 3
lst[2] = 1
print(lst)
lst[3] = 1
