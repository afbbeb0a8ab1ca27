"""Method calls on builtin objects through one call site: exact builtin types, subclasses
that override or inherit the method, methods rebound on instances, overrides deleted between
calls, unbound calls through the type, and argument-count errors."""


def call_get(container, key):
    # One call site, receivers of several types: the per-site cache must tell them apart.
    return container.get(key, 0)


def call_append(container, item):
    container.append(item)
    return container


def call_upper(text):
    return text.upper()


class CountingDict(dict):
    def get(self, key, default=None):
        return ("override", dict.get(self, key, default))


class PlainDict(dict):
    pass


class LoudList(list):
    def append(self, item):
        list.append(self, item)
        list.append(self, item)


class QuietList(list):
    pass


class Shout(str):
    def upper(self):
        return "SHOUT:" + str.upper(self)


class Mild(str):
    pass


def exercise_dicts():
    plain = {"a": 1}
    sub = PlainDict(a=2)
    counting = CountingDict(a=3)
    for receiver in [plain, sub, counting, plain, counting, sub]:
        print(type(receiver).__name__, call_get(receiver, "a"), call_get(receiver, "zz"))
    # The override goes away: the inherited builtin is found again at the same site.
    del CountingDict.get
    print(call_get(counting, "a"), call_get(counting, "zz"))
    # And comes back.
    CountingDict.get = lambda self, key, default=None: ("lambda", key)
    print(call_get(counting, "a"), call_get(plain, "a"))


def exercise_lists():
    receivers = [[], QuietList(), LoudList(), [], LoudList()]
    for _ in range(3):
        for receiver in receivers:
            call_append(receiver, len(receiver))
    for receiver in receivers:
        print(type(receiver).__name__, receiver)


def exercise_strings():
    for text in ["abc", Shout("def"), Mild("ghi"), "jkl", Shout("mno")]:
        print(type(text).__name__, call_upper(text))


def exercise_instance_rebinding():
    # A method stored on an instance of a builtin subclass shadows the class's.
    quiet = QuietList()
    quiet.append = lambda item: print("instance append", item)
    for _ in range(2):
        call_append(quiet, 7)
    print(quiet)
    del quiet.append
    call_append(quiet, 8)
    print(quiet)
    # Exact builtins have no instance dictionary and their types are immutable.
    try:
        [].append = None
    except AttributeError as err:
        print("AttributeError:", err)
    try:
        dict.get = None
    except TypeError as err:
        print("TypeError:", err)


def exercise_unbound():
    d = {"k": 5}
    print(dict.get(d, "k"), dict.get(d, "missing"), dict.get(d, "missing", -1))
    items = [3, 1, 2]
    list.append(items, 0)
    list.sort(items)
    print(items, str.upper("xyz"), str.join("-", ["a", "b"]), str.split("a b  c"))
    print(dict.get(PlainDict(k=9), "k"))
    try:
        dict.get([], "k")
    except TypeError as err:
        print("TypeError:", err)
    try:
        str.upper(5)
    except TypeError as err:
        print("TypeError:", err)


def expect_type_error(label, call):
    try:
        call()
    except TypeError as err:
        print(label, "TypeError:", err)
    else:
        print(label, "no error")


def exercise_argument_errors():
    d = {}
    items = []
    text = "a b"
    expect_type_error("get()", lambda: d.get())
    expect_type_error("get(1, 2, 3)", lambda: d.get(1, 2, 3))
    expect_type_error("get(k=1)", lambda: d.get(key=1))
    expect_type_error("append()", lambda: items.append())
    expect_type_error("append(1, 2)", lambda: items.append(1, 2))
    expect_type_error("upper(1)", lambda: text.upper(1))
    expect_type_error("split(1)", lambda: text.split(1))
    expect_type_error("items(1)", lambda: d.items(1))
    expect_type_error("join()", lambda: "".join())
    expect_type_error("join([1])", lambda: "".join([1]))
    expect_type_error("sort(1)", lambda: items.sort(1))
    expect_type_error("unbound get()", lambda: dict.get())
    expect_type_error("unhashable", lambda: d.get([]))


def exercise_hot_loop():
    # Enough iterations for any per-site specialisation to kick in, mixing receiver types.
    counts = {}
    sub_counts = PlainDict()
    words = "the quick brown fox jumps over the lazy dog the end".split()
    for round_number in range(50):
        for word in words:
            counts[word] = counts.get(word, 0) + 1
            target = sub_counts if round_number % 2 else counts
            target[word + "!"] = target.get(word + "!", 0) + 1
    print(sorted(counts.items()))
    print(sorted(sub_counts.items()))
    parts = []
    for word in words:
        parts.append(word.upper())
    print("".join(parts), " ".join(words).split("the"))
    pairs = [(len(word), word) for word in words]
    pairs.sort()
    print(pairs[:3], list(counts.keys())[:3], list(counts.values())[:3])


exercise_dicts()
exercise_lists()
exercise_strings()
exercise_instance_rebinding()
exercise_unbound()
exercise_argument_errors()
exercise_hot_loop()
