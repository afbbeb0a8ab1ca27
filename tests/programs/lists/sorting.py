# sort/sorted with key and reverse; stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
records = [("amina", 31), ("bello", 25), ("chidi", 31), ("dayo", 25), ("emeka", 40)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: -r[1])
print(records)
mixed = [3.5, 1, 2.25, -1, True, 0]
print(sorted(mixed))
print(sorted([[2, 1], [1, 2], [1], []]), sorted("hello world"))
print(sorted({3: 1, 1: 2, 2: 3}), sorted({5, 1, 3}), sorted((3, 1, 2)))
r = nums.sort()
print(r)
