import heapq

for call in [lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"), lambda: heapq.heappop({}),
             lambda: heapq.heappush([1], "a"), lambda: heapq.heappushpop([1], "a"),
             lambda: heapq.nlargest("x", [1])]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
heap = [1]
heapq.heappush(heap, 0)
print(heap)
