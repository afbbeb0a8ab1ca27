# Typical set uses: de-duplication, seen-sets, membership tests.
nums = [4, 1, 4, 2, 9, 1, 7, 2, 4]
print(sorted(set(nums)), len(set(nums)))
seen = set()
firsts = []
for n in nums:
    if n not in seen:
        seen.add(n)
        firsts.append(n)
print(firsts)
dups = {n for n in nums if nums.count(n) > 1}
print(sorted(dups))
primes = {2, 3, 5, 7, 11, 13}
print([n for n in range(15) if n in primes])
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens))
