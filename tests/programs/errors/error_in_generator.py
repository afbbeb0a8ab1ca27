# Error raised while a generator is consumed by sum().
def inverses(values):
    for v in values:
        yield 1 / v

print(sum(inverses([1, 2, 4])))
print(sum(inverses([1, 0])))
