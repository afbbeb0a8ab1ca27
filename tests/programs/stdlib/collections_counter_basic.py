from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c["z"], c.total(), sorted(c.elements()))
c.update("aab")
c.subtract({"r": 5})
print(c)
c.update(Counter(z=3))
print(c, Counter(), Counter(x=1, y=2), Counter({"x": 5}), Counter(["a", "b", "a"]).most_common(1))
del c["q"]
del c["b"]
print(c, len(c), "z" in c, list(c))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
inventory = Counter(apples=3, pears=0, plums=-2)
print(inventory, list(inventory.elements()), inventory.total())
inventory.subtract(apples=1)
print(inventory, +inventory)
