from itertools import islice

for args in [("a",), (), ("abc", -1), ("abc", 1, 2, 0), ("abc", -1, 3), ("abc", "x"),
             ("abc", 1, 2, 3, 4), ("abc", 1.5), ("abc", 0, 5, -1), ("abc", 0, None, "s"), (5, 2)]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
