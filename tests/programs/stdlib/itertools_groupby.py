from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
groups = list(groupby("aabbb"))
print([(k, list(g)) for k, g in groups])
outer = groupby("aabbc")
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g2), list(g1))
print(list(groupby([])))
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for kind, members in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in members])
try:
    groupby(1)
except TypeError as e:
    print("TypeError:", e)
