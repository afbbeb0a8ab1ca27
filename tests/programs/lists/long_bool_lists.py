# Long lists of bools made by `[flag] * n` (kept compactly by Tauraro) behave like any list.
flags = [True] * 5000
print(len(flags), flags[0], flags[-1], flags[4999], flags[-5000])
flags[0] = False
flags[-1] = False
flags[63] = False
flags[64] = False
print(flags[:3], flags[62:66], flags[-2:])
print(sum(flags), flags.count(False), flags.count(True), False in flags, 0 in flags)
for bad in (5000, -5001):
    try:
        flags[bad]
    except IndexError as error:
        print("IndexError:", error)
    try:
        flags[bad] = True
    except IndexError as error:
        print("IndexError:", error)

# Sieve of Eratosthenes.
limit = 3000
is_prime = [True] * (limit + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= limit:
    if is_prime[p]:
        for multiple in range(p * p, limit + 1, p):
            is_prime[multiple] = False
    p += 1
primes = [n for n in range(limit + 1) if is_prime[n]]
print(len(primes), primes[:10], primes[-3:])

# Storing something other than a bool, then everything else lists do.
mixed = [False] * 2000
mixed[5] = 1
mixed[6] = None
mixed[7] = True
print(mixed[4:9], len(mixed), type(mixed[5]).__name__, type(mixed[7]).__name__)
other = [False] * 1500
other.append(True)
other.insert(0, True)
print(len(other), other[0], other[1], other[-1], other.index(True, 1))
other.sort()
print(other[:2], other[-3:])
other.reverse()
print(other[:3])
del other[0]
print(len(other), other.pop(), other.pop(0))
copies = [True] * 1100
print(copies == [True] * 1100, copies != [True] * 1100, copies < [True] * 1101)
joined = copies + [False]
print(len(joined), joined[-2:], len(copies * 2), len([True] * 1024 * 2))
copies *= 2
print(len(copies), copies[2199], all(copies), any([False] * 4096))
iterated = 0
for flag in [False] * 3000:
    iterated += not flag
print(iterated)
print(repr([True] * 1030)[-20:], str([False] * 1030)[:14])
print(list(reversed([True] * 1025))[:2], sorted([True] * 1025)[:2], set([False] * 2048))
tail = [True] * 1030
tail[1029] = 0
print(tail[1029], tail.count(0), tail.count(True))
sliced = [True] * 2000
sliced[10:20] = [False] * 10
print(sliced.count(False), sliced[9:21])

# Flags lists inside cycles, left for the cycle collector among many other objects.
survivor = [False] * 3000
survivor[2999] = True
for round in range(3000):
    holder = [[True] * 1500, {"n": round}]
    holder.append(holder)
    del holder
print(survivor[2999], survivor[2998], len(survivor))
