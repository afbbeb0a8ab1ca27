# A counting dict: __missing__ supplies absent keys, everything else is dict behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


words = "the cat and the hat and the bat".split()
c = Counter()
for w in words:
    c[w] += 1
print(c)
print(c["the"], c["dog"], "dog" in c, len(c))
print(c.most_common(2))
print(c.get("dog"), c.get("dog", -1), c.get("cat"))
print(sorted(c), sorted(c.keys()), sorted(c.values()))
print(isinstance(c, dict), type(c).__name__, type(c) is dict)
print(c == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1})
c.update(dog=2)
print(c.pop("dog"), c.setdefault("eel", 7), c["eel"])
del c["eel"]
print(list(c.items()))
d = dict(c)
print(type(d).__name__, d == c)
c2 = Counter(a=1, b=2)
print(c2, c2["z"])
c2 |= {"c": 3}
print(c2, type(c2).__name__)
merged = c2 | {"d": 4}
print(merged, type(merged).__name__)
for key in c2:
    print(key, c2[key])
try:
    hash(c2)
except TypeError as e:
    print("TypeError:", e)


class Defaulting(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = Defaulting(list)
for word in words:
    groups[word[0]].append(word)
print(groups, groups.factory is list)
