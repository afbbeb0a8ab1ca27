# str.join with non-string items.
print(",".join(["a", "b"]))
print(",".join([1, 2]))
