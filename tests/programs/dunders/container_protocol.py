# __getitem__/__setitem__/__delitem__/__contains__/__len__ on a user container, with
# slices passed through as slice objects.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return self.w * self.h


g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(g[0, 1], g[1, 1], "#" in g, "x" in g, "x" not in g, len(g))
print(g[1:5], g[::2], g[:])
del g[0, 1]
print("#" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)


class ReadOnly:
    def __getitem__(self, i):
        return i * 2


r = ReadOnly()
print(r[21], r["ab"], r[1:2])
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)


class Keys:
    def __getitem__(self, key):
        raise KeyError(key)


try:
    Keys()["k"]
except KeyError as e:
    print("KeyError:", e)


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


m = Missing(a="x")
print(m["a"], m["b"], "b" in m, m.get("b"))
