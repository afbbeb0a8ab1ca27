from functools import reduce
import operator

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 10), reduce(lambda acc, ch: ch + acc, "abc", ""))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [[1], [2], [3]]), reduce(operator.add, iter([5])))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
for args in [(), (len,), (len, 1), (len, []), (len, [1], 2, 3), (operator.add, [1, "a"])]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
