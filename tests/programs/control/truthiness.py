# Truth values of builtin objects in conditions.
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(2), 10 ** 30, -0.0]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print([bool(v) for v in values].count(True))
