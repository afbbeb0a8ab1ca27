# index/count/reverse/min/max/sum on lists.
lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(lst.index(5), lst.index(5, 5), lst.index(1, 2, 5), lst.count(5), lst.count(7), lst.count(1))
lst.reverse()
print(lst)
print(min(lst), max(lst), sum(lst), len(lst), sorted(set(lst)))
words = ["a", "b", "a", "c", "a"]
print(words.count("a"), words.index("c"), [i for i, w in enumerate(words) if w == "a"])
print([[1], [2]].index([2]), [(1, 2), (3, 4)].count((3, 4)), [1, 1.0, True].count(1))
