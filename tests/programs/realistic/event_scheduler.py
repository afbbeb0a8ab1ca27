# An event scheduler driven by a hand-written binary min-heap.

class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        self._sift_up(len(self.items) - 1)

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        self._sift_down(0)
        return top

    def peek(self):
        return self.items[0]

    def _sift_up(self, i):
        items = self.items
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        items = self.items
        n = len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Scheduler:
    def __init__(self):
        self.heap = MinHeap()
        self.now = 0
        self.seq = 0
        self.log = []

    def at(self, time, name, action, *args):
        self.seq += 1
        self.heap.push((time, self.seq, name, action, args))

    def after(self, delay, name, action, *args):
        self.at(self.now + delay, name, action, *args)

    def run(self, until=None):
        while self.heap:
            time, seq, name, action, args = self.heap.peek()
            if until is not None and time > until:
                break
            self.heap.pop()
            self.now = time
            self.log.append((time, name))
            action(self, *args)
        return len(self.heap)


def ping(sched, count):
    print(f"t={sched.now:3} ping {count}")
    if count > 0:
        sched.after(7, f"ping{count - 1}", ping, count - 1)


def alarm(sched, label):
    print(f"t={sched.now:3} alarm {label}")


def spawner(sched, n):
    for i in range(n):
        sched.after(i * 3 + 1, f"child{i}", alarm, f"child-{i}")
    print(f"t={sched.now:3} spawned {n}")


def heap_sort(values):
    heap = MinHeap()
    for v in values:
        heap.push(v)
    return [heap.pop() for _ in range(len(heap))]


def main():
    data = [(i * 37) % 101 for i in range(25)]
    print(heap_sort(data))
    print(heap_sort(data) == sorted(data))
    print(heap_sort(["pear", "apple", "fig", "kiwi", "banana"]))
    sched = Scheduler()
    sched.at(5, "ping4", ping, 4)
    sched.at(10, "alarm-a", alarm, "A")
    sched.at(10, "alarm-b", alarm, "B")
    sched.at(2, "spawner", spawner, 4)
    sched.at(100, "late", alarm, "late")
    left = sched.run(until=40)
    print("pending:", left, "now:", sched.now)
    sched.run()
    print("now:", sched.now)
    print(sched.log)
    names = {}
    for t, name in sched.log:
        names.setdefault(name[:4], []).append(t)
    for key in sorted(names):
        print(key, names[key])


main()
