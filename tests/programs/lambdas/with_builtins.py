# Lambdas combined with map/filter/sorted/min/max/any/all.
nums = [12, 7, -3, 0, 25, -18, 4]
print(list(map(lambda n: n % 5, nums)))
print(list(filter(lambda n: n < 0, nums)), list(filter(lambda n: n, nums)))
print(sorted(nums, key=lambda n: (n % 2, n)), max(nums, key=lambda n: -n))
print(any(map(lambda n: n > 20, nums)), all(map(lambda n: n > -20, nums)))
print(list(map(lambda a, b: (a, b), "abc", [1, 2, 3])))
print(sum(map(lambda n: n * n, range(5))), list(map(lambda s: s * 2, "xy")))
