# get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys.
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("y", 99))
print(d.setdefault("x", 100), d.setdefault("w", 4), d.setdefault("v"), d)
print(d.pop("v"), d.pop("missing", "default"), d)
print(d.popitem(), d)
d.update({"a": 10, "x": -1})
d.update([("b", 20)])
d.update(c=30)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
c.clear()
print(c)
print(dict.fromkeys(["a", "b"]), dict.fromkeys(range(3), 0), dict.fromkeys("xy", []))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged)
print(sorted(d), sorted(d.items()), sorted(d.values()), min(d), max(d, key=lambda k: d[k]))
