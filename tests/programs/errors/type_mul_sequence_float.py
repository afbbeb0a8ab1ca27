# Multiplying a sequence by a float.
print("ab" * 2)
print("ab" * 2.0)
