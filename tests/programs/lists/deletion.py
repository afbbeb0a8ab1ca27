# del on list items and slices.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
lst = list("abcdefgh")
del lst[1], lst[2]
print(lst)
del lst[10:]
print(lst)
del lst[::-3]
print(lst)
x = [1, 2]
y = x
del x
print(y)
