# max() of an empty sequence.
print(max([1]))
print(max([]))
