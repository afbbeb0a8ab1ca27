# Module-level calls: 100k calls of a zero-argument function returning 42.
def answer():
    return 42


total = 0
for i in range(100000):
    total = total + answer()
print(total)
