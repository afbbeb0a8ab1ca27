# Error inside a list comprehension.
vals = [2, 1, 0]
print([10 // v for v in vals[:2]])
print([10 // v for v in vals])
