# Iterating over different iterable types.
for x in (1, 2):
    print("tuple", x)
for x in "hé":
    print("str", x)
for k in {"b": 1, "a": 2}:
    print("dict", k)
for x in sorted({3, 1, 2}):
    print("set", x)
for i, x in enumerate(["a", "b"], start=10):
    print("enum", i, x)
for a, b in zip([1, 2, 3], "xyz"):
    print("zip", a, b)
for x in reversed([1, 2, 3]):
    print("rev", x)
for x in map(abs, [-1, -2]):
    print("map", x)
for x in filter(None, [0, 1, "", "s"]):
    print("filter", x)
for x in iter([7, 8]):
    print("iter", x)
for line in "one\ntwo".splitlines():
    print("line", line)
