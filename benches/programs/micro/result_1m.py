# Module-level counting loop on a second global name, `result = result + 1`.
result = 0
for step in range(1000000):
    result = result + 1
print(result)
