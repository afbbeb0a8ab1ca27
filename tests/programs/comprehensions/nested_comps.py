# Nested comprehensions and comprehensions over comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([sum(x for x in row) for row in matrix])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[c for c in w] for w in ["ab", "cde"]])
flat_pairs = [(a, b) for a in "xy" for b in [n for n in range(3) if n]]
print(flat_pairs)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
