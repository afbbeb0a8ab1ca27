# map/filter/sorted with functions, reduce written by hand.
def reduce(fn, items, initial):
    acc = initial
    for x in items:
        acc = fn(acc, x)
    return acc

nums = list(range(1, 11))
print(reduce(lambda a, b: a + b, nums, 0), reduce(lambda a, b: a * b, nums, 1))
print(reduce(max, [3, 9, 2], 0), reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ""))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, nums))))
def memo_calls(fn):
    calls = []
    def wrapper(x):
        calls.append(x)
        return fn(x)
    return wrapper, calls

sq, log = memo_calls(lambda x: x * x)
print([sq(i) for i in range(4)], log)
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(max)(3)(7))
