"""Heap queue: a list kept so that a[k] <= a[2*k+1] and a[k] <= a[2*k+2], smallest first."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, which=' 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (name, which, type(heap).__name__))


def _sift_toward_root(heap, pos):
    """Move heap[pos] up until its parent is not larger (the new item's path to the root)."""
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Move heap[pos] down below every smaller child.

    As CPython does, the hole is first pushed all the way to a leaf along the smaller
    children, then the item moves back up: fewer comparisons on average, and the same
    resulting order as CPython for equal items.
    """
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    if not isinstance(heap, list):
        _check_list(heap, 'heappush')
    # _sift_toward_root, inlined: heappush runs in hot loops.
    pos = len(heap)
    heap.append(item)
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    if not isinstance(heap, list):
        _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item and push item; the heap does not change size."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item; faster than the two calls."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', '')
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_toward_leaves(x, pos)


def _sift_max_toward_leaves(heap, pos):
    """_sift_toward_leaves for a max-heap (largest item at the root)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_max_toward_leaves(x, pos)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_max_toward_leaves(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (lazily, stable across inputs)."""
    # Entries are [sort value, input order, current item, next-function]: the input
    # order breaks ties, so equal items come out in the order of their inputs and items
    # themselves are never compared beyond their key.
    entries = []
    direction = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        next_item = iter(iterable).__next__
        try:
            value = next_item()
        except StopIteration:
            continue
        sort_value = value if key is None else key(value)
        entries.append([sort_value, order * direction, value, next_item])
    if reverse:
        _heapify_max(entries)
        replace = _heapreplace_max
        pop_root = _pop_max
    else:
        heapify(entries)
        replace = heapreplace
        pop_root = heappop
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop_root(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        next_item = entry[3]
        while True:
            try:
                value = next_item()
            except StopIteration:
                return
            yield value


def _pop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_max_toward_leaves(heap, 0)
        return largest
    return last


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (equal items in input order)."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n best so far, as [key, order, item]; the order keeps the sort
    # stable and spares comparing items with equal keys.
    it = iter(iterable)
    if key is None:
        best = [[item, order, item] for order, item in zip(range(n), it)]
    else:
        best = [[key(item), order, item] for order, item in zip(range(n), it)]
    if not best:
        return []
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for item in it:
        value = item if key is None else key(item)
        if value < worst:
            _heapreplace_max(best, [value, order, item])
            worst = best[0][0]
        order += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (equal items in input order)."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best so far, as [key, -order, item]: among equal keys the
    # earlier item ranks higher, as with a stable reverse sort.
    it = iter(iterable)
    if key is None:
        best = [[item, -order, item] for order, item in zip(range(n), it)]
    else:
        best = [[key(item), -order, item] for order, item in zip(range(n), it)]
    if not best:
        return []
    heapify(best)
    worst = best[0][0]
    order = -n
    for item in it:
        value = item if key is None else key(item)
        if worst < value:
            heapreplace(best, [value, order, item])
            worst = best[0][0]
        order -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
