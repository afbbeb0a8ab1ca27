# List comparisons walk both lists in place, re-reading their lengths after each item
# comparison, which may run an __eq__ that changes them (as CPython does).
class Evil:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True
    __hash__ = None
a = [1, 2, 3]
print(a == [1, 2, 3], a == [1, 2], a != [1, 2, 4], a < [1, 2, 4], a < [1, 2], [1, 2] < a, [] < a, a <= a, a >= [1, 2, 3])
x = float("nan")
print([x] == [x], [float("nan")] == [float("nan")], [[1, [2]]] == [[1, [2]]], [1, 2.0] == [1.0, 2])
t = []
e = Evil(t)
t.extend([e, 5, 6])
print(t == [0, 5, 6], t)
u = [0, 1]
v = [Evil(u), 1]
print(v == u, u, v[1:])
print([1, "a"] < [1, "b"], [(1, 2)] > [(1, 1)])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
