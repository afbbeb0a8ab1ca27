# Dict equality ignores order; views behave like sets for keys.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items(), a.keys() == b.keys())
k = a.keys()
a["z"] = 3
print(k, len(k), list(k))
print(a.keys() & {"x", "q"} == {"x"}, sorted(a.keys() | {"w"}), sorted(a.keys() - {"x"}))
print({1: 2} == {1: 2.0}, {1: 2} == {1.0: 2}, {} == dict())
print(sorted(a.items(), reverse=True), list(a.values()) == [1, 2, 3])
