import heapq

heap = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, value)
    print("push", value, "->", heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
words = []
for word in "pear apple fig banana cherry".split():
    heapq.heappush(words, word)
print(heapq.heappop(words), heapq.heappop(words), words[0], len(words))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
