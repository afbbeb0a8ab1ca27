def counter(start=0, *, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    return increment


make = counter(10, step=5)
print(make(), make())
