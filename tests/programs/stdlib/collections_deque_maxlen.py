from collections import deque

b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
b.appendleft(7)
print(b)
b.extend([1, 2])
b.extendleft("ab")
print(b)
zero = deque(maxlen=0)
zero.append(1)
zero.extend("abc")
print(zero, len(zero))
recent = deque(maxlen=4)
for line in ["l1", "l2", "l3", "l4", "l5", "l6"]:
    recent.append(line)
print(list(recent), recent)
window = deque(maxlen=3)
averages = []
for value in [10, 20, 30, 40, 50]:
    window.append(value)
    averages.append(sum(window) / len(window))
print(averages)
print(deque([1, 2, 3], 2), deque("ab", maxlen=5) * 3)
for bad in [lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque(maxlen="a")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
