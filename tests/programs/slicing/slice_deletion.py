# Deleting slices.
for sl in [(None, None, None), (2, 5, None), (None, None, 2), (1, None, 3), (None, None, -2), (8, 2, -3), (-3, None, None)]:
    lst = list(range(10))
    del lst[sl[0]:sl[1]:sl[2]]
    print(sl, lst)
