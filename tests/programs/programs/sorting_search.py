# Sorting algorithms and binary search, checked against sorted().
def bubble_sort(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])


def heap_sort(a):
    a = a[:]
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def counting_sort(a, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out


def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(a, target):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed


gen = lcg(42)
data = [next(gen) % 1000 - 500 for _ in range(60)]
print(data[:12])
expected = sorted(data)
b, swaps = bubble_sort(data)
print("bubble", b == expected, swaps)
print("insertion", insertion_sort(data) == expected)
print("merge", merge_sort(data) == expected)
print("quick", quick_sort(data) == expected)
print("heap", heap_sort(data) == expected)
print("counting", counting_sort(data, -500, 499) == expected)
print(expected[:10], expected[-5:])
for target in [expected[0], expected[17], expected[-1], 1000, -501, 0]:
    print(target, binary_search(expected, target), lower_bound(expected, target))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(merge_sort(words), quick_sort(words), heap_sort([3.5, -1.25, 2.0, 0.0]))
print(bubble_sort([]), insertion_sort([1]), merge_sort([2, 1]), heap_sort([5, 5, 5]))
