# d.get(key[, default]) and items.append(x) called as methods in loops (answered in the
# dispatch loop for exact dicts and lists): present and absent keys, defaults that are
# objects, keys of every kind (str, int, bool, float, big int, tuple, str subclass, a class
# with its own __eq__/__hash__, unhashable), subclasses that override the methods, and errors.


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name, other if isinstance(other, str) else getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name


class Label(str):
    pass


class Defaulting(dict):
    def get(self, key, default=None):
        return ("overridden", key, default)


class Recording(list):
    def append(self, item):
        print("append", item)
        super().append(item)


def counting(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def lookups():
    table = {"a": 1, 2: "two", (1, 2): "pair", 10**30: "big", 1.5: "float"}
    sentinel = object()
    for key in ["a", "b", 2, 3, True, 2.0, (1, 2), 10**30, 1.5, Label("a")]:
        print(repr(key), table.get(key), table.get(key, "missing"))
    print(table.get("zzz", sentinel) is sentinel)
    keyed = {Key("x"): "X"}
    print(keyed.get(Key("x")), keyed.get(Key("y"), "no"))
    try:
        table.get([1])
    except TypeError as err:
        print("TypeError:", err)
    try:
        table.get()
    except TypeError as err:
        print("TypeError:", err)
    try:
        table.get(1, 2, 3)
    except TypeError as err:
        print("TypeError:", err)
    print(Defaulting(a=1).get("a"), Defaulting().get("b", 5))
    getter = table.get
    print(getter("a"), dict.get(table, 2), dict.get(table, 9, "d"))


def appends():
    items = []
    for i in range(5):
        items.append(i)
        items.append(str(i))
    items.append(items)
    print(items)
    recording = Recording()
    for i in range(2):
        recording.append(i)
    print(recording)
    temporary = [].append(1)
    print(temporary)
    try:
        items.append()
    except TypeError as err:
        print("TypeError:", err)
    try:
        items.append(1, 2)
    except TypeError as err:
        print("TypeError:", err)
    list.append(items, "unbound")
    print(items[-1], len(items))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def release_order():
    table = {"k": 1}
    print(table.get("k", Noisy("found-default")))
    returned = table.get("absent", Noisy("returned-default"))
    print(returned.name)
    del returned
    keep = []
    keep.append(Noisy("kept"))
    print("before clear")
    keep.clear()
    print("after clear")


print(counting("the cat and the hat and the bat".split()))
print(counting([1, 2, 1, 3, 1, True, 2.0]))
lookups()
appends()
release_order()
