import heapq
import random

random.seed(7)
for size in [0, 1, 2, 5, 10, 31]:
    data = [random.randrange(100) for _ in range(size)]
    heap = list(data)
    heapq.heapify(heap)
    print(size, heap)
    ok = all(heap[i] <= heap[c] for i in range(len(heap)) for c in (2 * i + 1, 2 * i + 2) if c < len(heap))
    out = [heapq.heappop(heap) for _ in range(len(heap))]
    print(ok, out == sorted(data))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapq.heapify(pairs)
print(pairs[0], heapq.heappop(pairs), heapq.heappop(pairs))
