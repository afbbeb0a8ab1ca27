# A stack built on list: inherited methods, operators and protocols apply to the list value.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s, len(s), s.is_empty(), bool(s))
for value in (3, 1, 4):
    s.push(value)
s.extend([1, 5])
print(s, len(s), s.peek(), s.is_empty())
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), type(s) is list)
print(s.__class__.__name__, Stack.__bases__[0].__name__, [c.__name__ for c in Stack.__mro__])
print(s + [9], type(s + [9]).__name__)
print([0] + s, s * 2, 2 * s)
before = s
s += [2, 6]
print(s, type(s).__name__, s is before)
s *= 1
print(type(s).__name__)
print(4 in s, 7 in s, s.count(1), s.index(5))
print(s[1:3], s[::-1], s[-2])
s[0] = 30
del s[1]
print(s)
print(s.pop(), s.pop(0), s)
print(sorted(s), list(s), tuple(s), max(s), min(s), sum(s))
print(s == [4, 1, 5, 2], s != [4], s < [5], [4, 1, 5, 2] == s)
for item in s:
    print(item, end=" ")
print()
s.sort()
print(s, list(reversed(s)))
s.label = "numbers"
print(s.__dict__, vars(s))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
print(repr(Stack([1, "a"])), str(Stack([None])))
print(Stack("abc"), Stack(range(3)))
empty = Stack()
print(bool(empty), len(empty), empty == [])
