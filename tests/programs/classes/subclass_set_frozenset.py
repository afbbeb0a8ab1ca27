# set and frozenset subclasses: reprs name the class; operations return plain sets.
class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


t = Tags()
print(t, repr(t), len(t), bool(t))
t.add_all("b", "a")
print(sorted(t), "a" in t, "z" in t, len(t), type(t).__name__)
print(Tags([1]), Tags({2}) | {3}, type(Tags([1]) | {2}).__name__, Tags([1, 2]) & {2}, Tags([1, 2]) - {1})
before = t
t |= {"c"}
print(sorted(t), type(t).__name__, t is before)
t -= {"a"}
print(sorted(t), t == {"b", "c"}, {"b", "c"} == t, t <= {"b", "c", "d"}, t > {"b"})
print(sorted(x.upper() for x in t), isinstance(t, set), t.issubset({"b", "c"}))
t.discard("b")
t.remove("c")
print(t, t.copy(), type(t.copy()).__name__)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)


class Key(frozenset):
    def describe(self):
        return "+".join(sorted(self))


k = Key(["x", "y"])
print(k.describe(), repr(Key(["x"])), repr(Key()), hash(k) == hash(frozenset(["x", "y"])))
print({k: 1}[frozenset(["y", "x"])], sorted(k | {"z"}), type(k | {"z"}).__name__, k == {"x", "y"})
