from operator import attrgetter, itemgetter, methodcaller

print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(1, 2)), attrgetter("a.b", "c"), attrgetter("x"))
print(methodcaller("f", 1, k=2), methodcaller("upper"), methodcaller("split", sep=","))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 3}), itemgetter(slice(None, 2))([5, 6, 7]))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), list(map(itemgetter(0), rows)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node("root", Node("kid", Node("grandkid")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("child.child.name", "name")(tree))
print(sorted([Node("z"), Node("m"), Node("a")], key=attrgetter("name"))[0].name)
print(methodcaller("replace", "a", "o")("banana"), methodcaller("split", ",")("x,y"), methodcaller("count", "a")("aaa"))
print(list(map(methodcaller("strip"), [" a ", "b  "])), methodcaller("get", "q", 0)({}))
