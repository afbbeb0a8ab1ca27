from collections import deque

d = deque([1, 2])
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d[-3], lambda: d.remove(9),
            lambda: d.index(9), lambda: d[1:2], lambda: d + [1], lambda: d * "a", lambda: d.index(2, 0, 1),
            lambda: deque(1), lambda: d.__setitem__(7, 0), lambda: d.__delitem__(2)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for item in d:
        d.append(item)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
