from collections import defaultdict

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.copy(), dict(dd), "c" in dd, dd.get("z"), dd.default_factory, isinstance(dd, dict))
counts = defaultdict(int)
for word in "the cat the dog the end".split():
    counts[word] += 1
print(counts, sorted(counts.items()), len(counts))
nested = defaultdict(lambda: defaultdict(set))
nested["x"]["y"].add(1)
print(nested["x"]["y"], len(nested["x"]), defaultdict(int, {"a": 1}, b=2))
plain = defaultdict()
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError:", e)
graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
merged = defaultdict(int, a=1) | {"b": 2}
print(merged, type(merged).__name__)
dd.default_factory = None
try:
    dd["q"]
except KeyError as e:
    print("KeyError:", e)
