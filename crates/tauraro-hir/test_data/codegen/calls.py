def describe(a, b=2, *args, key=None, **options):
    return (a, b, args, key, sorted(options.items()))


values = [3, 1, 2]
values.sort(reverse=True)
print(describe(1), describe(1, 2, 3, 4, key="k", extra=True))
print(describe(*values, **{"key": 0}), len(values), max(values, key=lambda v: -v))
