# Dict creation, lookup, assignment, deletion, membership.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d, 1 in d)
del d["b"]
print(d)
print({}, dict(), dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict({"m": 1}, extra=2))
print(dict(zip(["p", "q"], [1, 2])), dict([(i, i * i) for i in range(4)]))
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[(1, 2)], mixed[None])
print({1: "a", 1.0: "b", True: "c"})
e = {}
e[3] = "three"
e[1] = "one"
e[2] = "two"
print(e, list(e), list(e.values()))
del e[3]
e[3] = "again"
print(e)
print(d == {"c": 3, "a": 10}, d != {"a": 10}, {1: [1]} == {1: [1]})
print(repr({"quote's": '"'}), str({"k": None}), {"nested": {"x": {"y": []}}})
