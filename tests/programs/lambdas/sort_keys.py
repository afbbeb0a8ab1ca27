# Lambdas as sort keys on records.
people = [("Zara", 28, 5.4), ("Obi", 35, 6.1), ("Ayo", 28, 5.9), ("Lami", 19, 5.4)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[2]), max(people, key=lambda p: (p[1], p[2])))
words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: w[-1]))
grid = [(1, 2), (0, 5), (1, -1), (0, 0)]
grid.sort(key=lambda t: t[0] * 10 + t[1], reverse=True)
print(grid)
