# slice() objects and their use.
s = slice(1, 8, 2)
lst = list(range(10))
print(s, lst[s], "abcdefghij"[s], s.start, s.stop, s.step)
print(slice(3), lst[slice(3)], slice(None, None, -1), lst[slice(None, None, -1)])
print(slice(1, 5).indices(3), slice(None, None, -1).indices(5), slice(-2, None).indices(10))
lst[slice(0, 2)] = ["a", "b"]
print(lst)
