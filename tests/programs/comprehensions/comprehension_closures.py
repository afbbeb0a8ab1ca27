# Comprehensions reading enclosing function variables and globals.
BASE = 100
def scaled(values, factor):
    offset = 1
    return [v * factor + offset + BASE for v in values]

print(scaled([1, 2, 3], 10))
def grid(n):
    return [[(r, c) for c in range(n)] for r in range(n)]
print(grid(2))
def filter_by(threshold):
    data = [5, 15, 25, 35]
    return {d: d > threshold for d in data}
print(filter_by(20))
def count_words(text):
    words = text.split()
    return {w: words.count(w) for w in words}
print(count_words("a b a c b a"))
