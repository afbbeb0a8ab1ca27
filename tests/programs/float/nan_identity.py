# A NaN equals itself inside containers only when it is the same object.
x = float("nan")
print([x] == [x], [float("nan")] == [float("nan")], (x,) == (x,), x == x, x is x)
print({x: 1}[x], x in [x], float("nan") in [float("nan")], len({x, x}), len({float("nan"), float("nan")}))
y = float("inf") * 0
print([y] == [y], y in (y,), y != y)
print(True & False, True | False, True ^ True, False ^ True, True & 1, type(True | 0).__name__)
b = True
b &= False
print(b, type(b).__name__)
