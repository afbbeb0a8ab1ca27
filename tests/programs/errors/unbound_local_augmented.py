# Augmented assignment to a global without a global statement.
count = 0
def increment():
    count += 1
    return count

print(count)
increment()
