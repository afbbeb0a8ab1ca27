# Set construction and membership when some keys need __eq__ (an instance whose hash equals
# an int's), mixed with keys that compare without Python code.
class Same:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        print("eq", self.value, other if not isinstance(other, Same) else "Same")
        if isinstance(other, Same):
            return self.value == other.value
        return self.value == other


s = {1, 2, 3}
s.add(Same(2))
print(len(s))
s.add(Same(7))
s.add(7)
print(len(s))
print(sorted(x if isinstance(x, int) else -1 for x in s))
t = set([Same(4), 4, 4.0, Same(5), 5, "5", (1, 2), (1, 2)])
print(len(t))
print(set(i * i % 7 for i in range(20)))
print(set(range(30)) == set(list(range(30))))
print(frozenset(x % 5 for x in range(100)))

values = [1, 2.5, "a", (1, 2), None]
print(2.5 in values, (1, 2) in values, "b" in values, None in values, 3 in values)
nan = float("nan")
print(nan in [nan], float("nan") in [nan])
mixed = [0, 1, Same(3), 4]
print(3 in mixed)
print(4 in mixed)
print(8 in mixed)
