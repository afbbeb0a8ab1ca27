# Assigning a sequence of the wrong size to an extended slice.
lst = list(range(10))
lst[::2] = "abcde"
print(lst)
lst[::2] = [0]
