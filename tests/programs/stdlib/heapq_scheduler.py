import heapq
import itertools

# A task scheduler: priority queue with a counter as tie-breaker and lazy deletion.
queue = []
entries = {}
counter = itertools.count()
REMOVED = "<removed>"


def add(task, priority):
    if task in entries:
        remove(task)
    entry = [priority, next(counter), task]
    entries[task] = entry
    heapq.heappush(queue, entry)


def remove(task):
    entry = entries.pop(task)
    entry[-1] = REMOVED


def pop():
    while queue:
        priority, count, task = heapq.heappop(queue)
        if task is not REMOVED:
            del entries[task]
            return task, priority
    raise KeyError("pop from an empty priority queue")


for name, prio in [("write", 3), ("test", 2), ("lint", 2), ("ship", 5), ("plan", 1)]:
    add(name, prio)
add("ship", 0)
remove("lint")
order = []
while True:
    try:
        order.append(pop())
    except KeyError as e:
        print("done:", e)
        break
print(order)
