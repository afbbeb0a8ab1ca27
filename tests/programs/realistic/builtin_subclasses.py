# A unit-aware measurement toolkit built by subclassing builtins: float, dict, list, str, int.

class Meters(float):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative length")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Meters({float(self)!r})"

    def __add__(self, other):
        return Meters(float(self) + float(other))

    def to_feet(self):
        return round(self * 3.28084, 3)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


class History(list):
    def append(self, item):
        if self and self[-1] == item:
            return
        super().append(item)

    def latest(self, n):
        return self[-n:][::-1]


class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower().replace(" ", "-"))

    @property
    def words(self):
        return self.split("-")


class Flags(int):
    NAMES = ["read", "write", "exec"]

    def __str__(self):
        return "|".join(n for i, n in enumerate(self.NAMES) if self & (1 << i)) or "none"

    def __or__(self, other):
        return Flags(int(self) | int(other))


def main():
    a, b = Meters(2.5), Meters(4)
    c = a + b
    print(c, repr(c), type(c).__name__, c.to_feet(), isinstance(c, float), c * 2, type(c * 2).__name__)
    try:
        Meters(-1)
    except ValueError as e:
        print("ValueError", e)
    groups = DefaultDict(list)
    for word in "apple avocado banana blueberry cherry apricot".split():
        groups[word[0]].append(word)
    print(groups, len(groups), groups.get("z"), "z" in groups)
    counts = DefaultDict(int)
    for ch in "mississippi":
        counts[ch] += 1
    print(sorted(counts.items()), isinstance(counts, dict))
    headers = CaseInsensitiveDict()
    headers["Content-Type"] = "text/html"
    headers["X-Count"] = 3
    print(headers["content-type"], "CONTENT-TYPE" in headers, headers, list(headers.keys()))
    h = History()
    for item in ["a", "a", "b", "b", "a", "c", "c"]:
        h.append(item)
    print(h, len(h), h.latest(2), h + ["z"], type(h + ["z"]).__name__, sorted(h))
    t = Tag("  Hello Big World ")
    print(t, repr(t), t.words, t.upper(), isinstance(t, str), len(t), t == "hello-big-world")
    f = Flags(1) | Flags(4)
    print(f, int(f), repr(f), str(Flags(0)), f + 1, f"{Flags(3)}", [str(Flags(i)) for i in range(8)])
    print(sorted([Meters(3), Meters(1.5), Meters(2)]), max(Meters(1), Meters(7)), sum([Meters(1), Meters(2)]))


main()
