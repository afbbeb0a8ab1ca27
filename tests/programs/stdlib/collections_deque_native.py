"""collections.deque in depth: the native core and the methods layered on it."""
import copy
from collections import deque


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


d = deque(range(5))
print(d, len(d), bool(d), bool(deque()))
print(d[0], d[-1], d[2], d[-5])
attempt("d[5]", lambda: d[5])
attempt("d[-6]", lambda: d[-6])
attempt("d['a']", lambda: d["a"])
attempt("d[1:2]", lambda: d[1:2])
attempt("d[True]", lambda: d[True])
d[1] = "one"
d[-1] = "last"
del d[2]
print(d)
del d[-1]
print(d, list(reversed(d)))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
print(deque.__hash__)
attempt("hash", lambda: hash(deque()))

d = deque("abc")
d.extend(d)
print(d)
d.extendleft("xyz")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(10 ** 18 + 1)
print(d)
attempt("rotate huge", lambda: d.rotate(10 ** 20))
attempt("rotate str", lambda: d.rotate("x"))
d.reverse()
print(d, d.count("a"), d.index("a"), d.index("a", 3), "q" in d, "b" in d)
attempt("index missing", lambda: d.index("q"))
d.remove("a")
print(d)
attempt("remove missing", lambda: d.remove("q"))
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.clear()
print(d, len(d))

bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.appendleft(-1)
print(bounded)
bounded.extendleft([7, 8])
print(bounded)
attempt("insert full", lambda: bounded.insert(0, 1))
zero = deque([1, 2], maxlen=0)
zero.append(5)
print(zero, zero.maxlen)
attempt("maxlen -1", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="3"))
print(deque([1, 2, 3], 2))

d = deque([1, 2])
d.__init__([9, 8, 7], 2)
print(d, d.maxlen)

for mutate in (lambda q: q.append(0), lambda q: q.pop(), lambda q: q.rotate(1),
               lambda q: q.appendleft(0), lambda q: q.clear()):
    q = deque([1, 2, 3])
    try:
        for item in q:
            mutate(q)
    except RuntimeError as error:
        print("RuntimeError:", error, q)
q = deque([1, 2, 3])
for item in q:
    q[0] = item * 10
print(q)

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
attempt("a < list", lambda: a < [1])
print(a + b, a * 2, 2 * a, a * 0)
attempt("a + list", lambda: a + [1])
c = a
c += [7, 8]
print(c is a, a)
c *= 2
print(a)
bounded = deque([1, 2], maxlen=3)
bounded *= 3
print(bounded)
print(deque([1], maxlen=2) + deque([2, 3]))

r = deque([1])
r.append(r)
print(r)
print(repr(deque([], maxlen=3)), str(deque(["x"])))

shallow = copy.copy(deque([[1], 2], maxlen=5))
deep = copy.deepcopy(deque([[1], 2]))
bounded_deep = copy.deepcopy(deque([[1], 2], maxlen=4))
print(bounded_deep, bounded_deep.maxlen, deque([1, 2], maxlen=4).__reduce__()[:3])
print(shallow, shallow.maxlen, deep, deque([1, 2]).copy())


class Stack(deque):
    def push(self, item):
        self.append(item)

    def __repr__(self):
        return "Stack" + repr(list(self))


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.pop(), isinstance(s, deque), type(s.copy()).__name__, s.maxlen)
s.tag = "t"
clone = copy.deepcopy(s)
print(clone, clone.tag, type(clone).__name__)
print(type(s + deque([5])).__name__, deque[int], deque[int].__origin__ is deque)
print(deque.__name__, deque.__module__, deque.__mro__)

big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[1000], sum(big), big.count(0))
while len(big) > 3:
    big.pop()
    big.popleft()
print(big)

d = deque([1, 2, 3])
it = iter(d)
print(type(it).__name__, next(it), iter(it) is it)
d.reverse()
print(list(it), list(it))
backward = reversed(d)
print(type(backward).__name__, list(backward), list(reversed(deque())))
it = iter(d)
d.append(1)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as error:
        print("RuntimeError:", error)
print(sum(deque(range(100))), max(deque("hello")), sorted(deque([3, 1, 2])), dict.fromkeys(deque("ab")))
