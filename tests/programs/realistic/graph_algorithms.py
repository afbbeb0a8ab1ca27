# Graph algorithms: BFS, DFS, topological sort, Dijkstra with a hand-written heap, components.

def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2] > heap[i]:
        p = (i - 1) // 2
        heap[i], heap[p] = heap[p], heap[i]
        i = p


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i, n = 0, len(heap)
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < n and heap[l] < heap[m]:
            m = l
        if r < n and heap[r] < heap[m]:
            m = r
        if m == i:
            return top
        heap[i], heap[m] = heap[m], heap[i]
        i = m


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        dist = {start: 0}
        while queue:
            u = queue.pop(0)
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return order, dist

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        result = [start]
        for v, _ in sorted(self.adj[start]):
            if v not in seen:
                result.extend(self.dfs(v, seen))
        return result

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = [(0, source)]
        while heap:
            d, u = heap_pop(heap)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heap_push(heap, (nd, v))
        return dist, prev

    def path(self, prev, target):
        path = [target]
        while path[-1] in prev:
            path.append(prev[path[-1]])
        return path[::-1]

    def topo_sort(self):
        indegree = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indegree[v] += 1
        ready = sorted(u for u, d in indegree.items() if d == 0)
        order = []
        while ready:
            u = ready.pop(0)
            order.append(u)
            for v, _ in self.adj[u]:
                indegree[v] -= 1
                if indegree[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comps.append(sorted(self.dfs(u, seen)))
        return comps


def main():
    g = Graph()
    edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
             ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
    for u, v, w in edges:
        g.add_edge(u, v, w)
    order, dist = g.bfs("A")
    print("bfs", order, dist)
    print("dfs", g.dfs("A"))
    d, prev = g.dijkstra("A")
    for node in sorted(d):
        print(f"{node}: {d[node]:>3} via {'->'.join(g.path(prev, node))}")
    print("unreachable", sorted(set(g.adj) - set(d)))
    print("components", g.components())
    dag = Graph(directed=True)
    for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
                 ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants")]:
        dag.add_edge(u, v)
    print("topo", dag.topo_sort())
    dag.add_edge("jacket", "shirt")
    try:
        dag.topo_sort()
    except ValueError as e:
        print("ValueError:", e)
    grid = Graph()
    size = 6
    for r in range(size):
        for c in range(size):
            if c + 1 < size:
                grid.add_edge((r, c), (r, c + 1), 1 + (r * c) % 3)
            if r + 1 < size:
                grid.add_edge((r, c), (r + 1, c), 1 + (r + c) % 4)
    d, prev = grid.dijkstra((0, 0))
    print("grid", d[(size - 1, size - 1)], grid.path(prev, (size - 1, size - 1)))
    print(max(d.values()), sum(d.values()))


main()
