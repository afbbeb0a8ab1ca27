# Patterns for modifying collections while looping (over copies).
nums = list(range(10))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
d = {i: i * i for i in range(6)}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
i = 0
items = [5, 0, 3, 0, 0, 7]
while i < len(items):
    if items[i] == 0:
        items.pop(i)
    else:
        i += 1
print(items)
