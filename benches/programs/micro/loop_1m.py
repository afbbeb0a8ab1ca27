# Module-level counting loop: one million `total = total + 1` on a global.
total = 0
for i in range(1000000):
    total = total + 1
print(total)
