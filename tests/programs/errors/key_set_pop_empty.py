# pop from an empty set.
s = {7}
print(s.pop())
s.pop()
