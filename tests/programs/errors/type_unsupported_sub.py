# Subtracting lists; dict + dict.
print([1, 2] + [3])
print({"a": 1} + {"b": 2})
