# repr, str and ascii of builtin values.
vals = [0, -5, 2.5, 1e100, True, None, "a'b", 'q"', [1, "x"], (1,), (), {"k": (1, 2)}, {7}, set(), range(2, 8, 3), "\t", "é", 2 ** 65]
for v in vals:
    print(repr(v), str(v), ascii(v))
print(repr([None, ...]), str(Ellipsis))
