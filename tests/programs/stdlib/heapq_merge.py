import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [], [0, 2])), list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "x"), (3, "y")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
merged = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
print(next(merged), next(merged), list(merged))
print(list(heapq.merge("ace", "bdf")))
