"""Build order for packages: Kahn's algorithm with a heap (alphabetical among ready
packages), cycle detection, and per-package depth via lru_cache."""
import heapq
from collections import defaultdict, namedtuple
from functools import lru_cache

Package = namedtuple("Package", "name version deps")
catalog = [
    Package("app", "1.0", ["web", "db", "log"]),
    Package("web", "2.1", ["http", "log"]),
    Package("db", "0.9", ["log", "pool"]),
    Package("http", "1.4", ["socket"]),
    Package("pool", "0.2", []),
    Package("socket", "3.0", []),
    Package("log", "1.1", []),
    Package("cli", "0.1", ["app", "log"]),
]
by_name = {p.name: p for p in catalog}
dependents = defaultdict(list)
missing_deps = defaultdict(int)
for package in catalog:
    missing_deps[package.name] += 0
    for dep in package.deps:
        dependents[dep].append(package.name)
        missing_deps[package.name] += 1

ready = [name for name, count in missing_deps.items() if count == 0]
heapq.heapify(ready)
order = []
while ready:
    name = heapq.heappop(ready)
    order.append(name)
    for user in sorted(dependents[name]):
        missing_deps[user] -= 1
        if missing_deps[user] == 0:
            heapq.heappush(ready, user)
print("build order:", " -> ".join(order))


@lru_cache(maxsize=None)
def depth(name):
    deps = by_name[name].deps
    return 0 if not deps else 1 + max(depth(d) for d in deps)


levels = defaultdict(list)
for name in order:
    levels[depth(name)].append(name)
for level in sorted(levels):
    print("level", level, sorted(levels[level]))
print(depth.cache_info())

cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
indegree = {n: len(d) for n, d in cyclic.items()}
users = defaultdict(list)
for n, ds in cyclic.items():
    for d in ds:
        users[d].append(n)
queue = [n for n, k in indegree.items() if k == 0]
done = []
while queue:
    n = heapq.heappop(queue)
    done.append(n)
    for u in users[n]:
        indegree[u] -= 1
        if indegree[u] == 0:
            heapq.heappush(queue, u)
stuck = sorted(set(cyclic) - set(done))
try:
    if stuck:
        raise RuntimeError("dependency cycle among: " + ", ".join(stuck))
except RuntimeError as e:
    print("error:", e)
