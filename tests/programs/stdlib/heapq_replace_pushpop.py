import heapq

heap = [1, 3, 5, 7, 9]
print(heapq.heapreplace(heap, 6), heap)
print(heapq.heappushpop(heap, 2), heap)
print(heapq.heappushpop(heap, 10), heap)
print(heapq.heappushpop([], 4))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
# A running "top 3 largest" with a min-heap of size 3.
top = []
for score in [40, 10, 95, 60, 75, 20, 99, 5]:
    if len(top) < 3:
        heapq.heappush(top, score)
    else:
        heapq.heappushpop(top, score)
print(sorted(top, reverse=True))
