from itertools import zip_longest

print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([1, 2], [], [3], fillvalue=0)), list(zip_longest(iter("ab"))))
rows = [["a", "b", "c"], ["d"], ["e", "f"]]
print([list(col) for col in zip_longest(*rows, fillvalue="")])
for bad in [lambda: zip_longest(1), lambda: zip_longest([1], x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
