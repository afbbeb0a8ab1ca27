# Counting loop on a local: ten million `total = total + 1` inside a function.
def count(n):
    total = 0
    for i in range(n):
        total = total + 1
    return total


print(count(10000000))
