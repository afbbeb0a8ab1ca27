import bisect
from bisect import bisect_left, insort

scores = [10, 20, 20, 30, 40]
print(bisect.bisect(scores, 20), bisect_left(scores, 20), bisect.bisect_right(scores, 5))
insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.__name__, bisect.bisect is bisect.bisect_right)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
