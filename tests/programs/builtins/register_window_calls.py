# Builtin methods and builtin classes called from the loop read their arguments in place;
# these exercise calls that run Python code, raise, or recurse while doing so.


class Shouty:
    def __str__(self):
        return "SHOUTY"


class Broken:
    def __str__(self):
        raise ValueError("no str for you")


class NotStr:
    def __str__(self):
        return 42


class Tagged(str):
    pass


class Number(int):
    pass


def builtin_classes():
    print(str(5), str(-12), str(2**80), str(1.5), str(None), str(Shouty()), str("x"))
    print(repr(str(Tagged("tag"))), type(str(Tagged("tag"))).__name__)
    print(int(7), int(-3), int(2.9), int("42"), int("ff", 16), int(True), type(int(Number(4))).__name__)
    print(list(), dict(), list("ab"), dict(a=1), str(), int(), tuple([1, 2]), set("aa"))
    for bad in (Broken(), NotStr()):
        try:
            str(bad)
        except (ValueError, TypeError) as error:
            print(type(error).__name__, error)
    try:
        int("nope")
    except ValueError as error:
        print(error)
    try:
        list(1, 2)
    except TypeError as error:
        print(error)
    for args, kwargs in [((1, 2, 3, 4), {}), ((1, 2, 3), {"x": 4}), ((), {"x": 1})]:
        try:
            str(*args, **kwargs)
        except TypeError as error:
            print(error)


def gen(n):
    for i in range(n):
        yield str(i)


def key_with_calls(word):
    # Calls builtins (and itself pushes frames) while `sorted` and `join` are running.
    return "".join(reversed(word.lower()))


def builtin_methods():
    parts = []
    for i in range(5):
        parts.append(str(i))
        parts.append("w" + str(i * i))
    print(",".join(parts), "-".join(gen(4)), "|".join(x.upper() for x in ["a", "b"]))
    words = "Banana apple Cherry date".split()
    print(sorted(words, key=key_with_calls), words.index("apple"), "x".join(words).count("a"))
    append = parts.append
    append("tail")
    print(parts[-1], len(parts))
    counts = {}
    for w in "a b a".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts, counts.get("zz"), counts.get("zz", "dflt"))
    try:
        ",".join(["a", 1])
    except TypeError as error:
        print(error)
    try:
        "abc".split(1)
    except TypeError as error:
        print(error)
    try:
        [].pop()
    except IndexError as error:
        print(error)


def concatenation():
    text = ""
    for i in range(6):
        text += "ab"[i % 2]
        if text.endswith("b"):
            text += "."
    print(text)
    alias = text
    text += "!"
    print(alias, text, alias is text)
    s = "x"
    t = s
    for _ in range(3):
        s += s
    print(s, t)
    items = [1]
    for _ in range(2):
        items += items
    print(items)


def recursion():
    def deep(n):
        return "".join([str(n), deep(n - 1)]) if n else ""

    print(len(deep(50)))


builtin_classes()
builtin_methods()
concatenation()
recursion()
