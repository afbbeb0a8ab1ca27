# Set operators build their results the way CPython does (a fresh table for a copy, the
# smaller operand iterated for an intersection), so iteration order matches.
s = set(range(100))
[s.discard(i) for i in range(95)]
print(s | set(), s & s, s - set(), s ^ set(), set() | s)
print(s.union(), s.copy(), frozenset(s) | set(), s.difference(), s.intersection(s))
t = set(range(100))
[t.discard(i) for i in range(95)]
t |= set()
print(t)
t = set(range(100))
[t.discard(i) for i in range(95)]
t ^= {1000}
print(t)
t = set(range(100))
[t.discard(i) for i in range(95)]
t -= {96}
print(t)
t = set(range(100))
[t.discard(i) for i in range(95)]
t &= set(range(90, 200))
print(t)
a = {1, 2, 3, 40, 50, 64, 65}
b = {3, 4, 40, 128}
print(a | b, a & b, a - b, a ^ b, b ^ a, b - a, b | a, b & a)
big = set(range(0, 400, 7))
small = {14, 21, 399, 1000}
print(big & small, small & big, small - big, small ^ big == big ^ small)
