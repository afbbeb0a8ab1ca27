# len, type and isinstance on builtin types.
objs = [0, 1.5, True, None, "s", [1], (1,), {1: 2}, {1}, range(3), 10 ** 30]
for o in objs:
    print(repr(o), type(o), type(o).__name__)
print(len("abc"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(10, 0, -2)), len(""))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (str, int)), isinstance(None, (int, float)), isinstance(2.0, (int, float)))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float, type(None))
print(type("") is str, type([]) is list, type(range(1)))
print(int, str, list, dict, len, print)
