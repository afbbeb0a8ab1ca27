# What cannot be done with aliases and unions.
cases = [
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: isinstance(1, (str, dict[str, int])),
    lambda: list[int][str],
    lambda: (int | str)[int],
    lambda: int[str],
    lambda: object[int],
    lambda: range[int],
    lambda: str[int],
    lambda: isinstance(1, 3),
    lambda: issubclass(3, int),
    lambda: issubclass(int, 3),
]


class Plain:
    pass


cases.append(lambda: Plain[int])
for case in cases:
    try:
        print("ok", case())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int | list[int]), isinstance([], int | list))
for action in [lambda: (int | str)(), lambda: len(list[int]), lambda: (int | str).foo,
               lambda: list[int].foo, lambda: iter(int | str)]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
