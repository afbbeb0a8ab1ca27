import heapq

data = [7, 3, 9, 1, 9, 4, 8, 2, 6]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(20, data), heapq.nsmallest(20, iter(data)))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25), ("eve", 31)]
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(2, iter(people), key=lambda p: p[1]))
print(heapq.nsmallest(2, "hello world", key=str.upper))
print(heapq.nlargest(4, range(100), key=lambda v: v % 10))
