from operator import attrgetter, itemgetter, methodcaller


class Empty:
    pass


for make in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("a", 2),
             lambda: methodcaller(), lambda: methodcaller(3), lambda: itemgetter(1)(),
             lambda: itemgetter(1)([1], [2]), lambda: attrgetter("x")(), lambda: methodcaller("f")(1, 2),
             lambda: itemgetter(5)([1]), lambda: itemgetter("k")({}), lambda: attrgetter("a.b")(Empty()),
             lambda: methodcaller("nope")(Empty()), lambda: methodcaller("upper", 1)("x")]:
    try:
        print(make())
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
