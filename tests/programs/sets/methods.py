# add/remove/discard/pop/update/clear/copy.
s = {5, 10}
s.add(15)
s.discard(5)
s.discard(999)
s.remove(10)
print(s)
s.update([1, 2], {3}, range(4, 6))
print(s, len(s))
s.intersection_update({1, 2, 3, 4, 15})
print(s)
s.difference_update([1])
print(s)
s.symmetric_difference_update({2, 99})
print(s)
t = s.copy()
t.add(-1)
print(s, t, s is t)
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
s.clear()
print(s, s.add(1), s)
