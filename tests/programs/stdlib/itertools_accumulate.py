import operator
from itertools import accumulate

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([5, 3, 8], func=min)))
balances = list(accumulate([100, -30, 45, -80], lambda bal, delta: bal + delta, initial=0))
print(balances)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError:", e)
