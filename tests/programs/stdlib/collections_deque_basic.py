from collections import deque

q = deque()
for i in range(10):
    q.append(i)
    q.appendleft(-i)
print(q, len(q), q[0], q[-1], q[5], q.pop(), q.popleft(), q)
print(deque(), deque("abc"), deque(range(3)), deque([1, [2]]), bool(deque()), bool(q))
q.extend([100, 101])
q.extendleft("xy")
print(q, q.count(0), q.index(3), q.index(0, 10), 3 in q, 42 in q)
q.insert(2, "ins")
q.remove(0)
del q[0]
q[1] = "set"
print(q, list(reversed(q))[:3])
q.reverse()
print(q)
q.clear()
print(q, len(q))
e = deque([1])
e += [2, 3]
e *= 2
print(e, deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([3]), e.copy(), e.copy() is e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
x = deque()
x.append(x)
print(x)
while e:
    print(e.popleft(), end=" ")
print()
