# An LRU cache built on a hash map plus a doubly linked list with sentinel nodes.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evicted.append(lru.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def items_reversed(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key, node.value
            node = node.prev

    def __repr__(self):
        return "LRUCache([" + ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self) + "])"


def memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            result = cache.get(args, wrapper)
            if result is wrapper:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


@memoize(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(3)
def slow_square(n):
    return n * n


def main():
    cache = LRUCache(3)
    for k, v in [("a", 1), ("b", 2), ("c", 3)]:
        cache.put(k, v)
    print(cache, len(cache))
    print(cache.get("a"), cache.get("zz", "missing"))
    cache.put("d", 4)
    print(cache, "b" in cache, "a" in cache)
    cache.put("c", 30)
    cache.put("e", 5)
    print(list(cache), list(cache.items_reversed()))
    print("evicted", cache.evicted, "hits", cache.hits, "misses", cache.misses)
    print(fib(80), fib.__name__, len(fib.cache), fib.cache.hits, fib.cache.misses)
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        slow_square(n)
    print(list(slow_square.cache), slow_square.cache.evicted)
    print(slow_square.cache.hits, slow_square.cache.misses)
    try:
        LRUCache(0)
    except ValueError as e:
        print("ValueError:", e)
    big = LRUCache(100)
    for i in range(1000):
        big.put(i % 150, i)
        big.get((i * 7) % 150)
    print(len(big), big.hits, big.misses, len(big.evicted), list(big)[:5])


main()
