# Overridden dict methods are honoured by subscription, `in` and iteration; dict methods
# that CPython implements directly on the table (get, items) are not redirected.
class LowerDict(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Name"] = "Ada"
d["AGE"] = 36
print(d, d["name"], d["NAME"], "nAmE" in d, "x" in d)
print(d.get("Name"), d.get("name"))
del d["Age"]
print(d, len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


class Logged(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def __getitem__(self, key):
        self.log.append(key)
        return dict.__getitem__(self, key)


g = Logged({"a": 1}, b=2)
print(g["a"] + g["b"], g.log, sorted(g.items()))


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))


o = Ordered(c=3, a=1, b=2)
print(list(o), [k for k in o], list(o.keys()))
