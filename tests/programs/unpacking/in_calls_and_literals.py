# * and ** in calls and in list/tuple/set/dict displays.
def f(a, b, c=0, *args, **kwargs):
    return (a, b, c, args, kwargs)

nums = [1, 2, 3, 4, 5]
print(f(*nums))
print(f(*nums[:2]))
print(f(1, *[2], **{"c": 3}))
print(f(**{"a": 1, "b": 2, "z": 26}))
print(f(*"xy", *(9,), d=4, **{"e": 5}))
print([*nums, *"ab", *range(2)])
print((*nums[:2], 0), {*nums[1:3], 1}, [*[], *()])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"x": 0, **d1, "a": -1})
print(*nums)
print(*nums, sep=", ")
print(*"hello", sep="")
print(max(*nums), min(*[3, 1, 2]), "{}-{}".format(*"ab"))
