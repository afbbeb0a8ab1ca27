# Assigning to slices grows, shrinks and replaces lists.
lst = list(range(10))
lst[2:5] = ["a", "b", "c"]
print(lst)
lst[2:5] = ["x"]
print(lst)
lst[1:1] = [100, 200]
print(lst)
lst[:2] = []
print(lst)
lst[-2:] = "yz"
print(lst)
lst[len(lst):] = [0, 0]
print(lst)
lst[:] = range(6)
print(lst)
lst[::2] = ["e0", "e2", "e4"]
print(lst)
lst[::-2] = [-5, -3, -1]
print(lst)
lst[4:1:-1] = (7, 8, 9)
print(lst)
alias = lst
lst[:] = []
print(alias, lst is alias)
m = [1, 2, 3]
m[5:10] = [4]
print(m)
m[-100:1] = [0]
print(m)
m[1:3] = m
print(m)
