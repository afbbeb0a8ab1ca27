# Dict subscripts, stores, `in` and `get` with str and int keys, including the cases a
# shortcut must hand to the general path: keys with custom __hash__/__eq__, str and int
# subclasses, equal numbers of other types, bytes vs str, dict subclasses.


class Loud:
    """Hashes like a given str but compares equal to it, noisily."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Loud.__eq__", self.text, repr(other))
        return other == self.text


class Never:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        print("Never.__eq__", repr(other))
        return False


class Tagged(str):
    pass


class Counted(int):
    pass


def counting():
    counts = {}
    for word in "a b a c b a".split():
        counts[word] = counts.get(word, 0) + 1
    for word in "a b a c".split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    print(counts)
    numbers = {}
    for i in range(20):
        numbers[i % 7] = numbers.get(i % 7, 0) + i
    print(numbers, 3 in numbers, 9 in numbers, 9 not in numbers)


def custom_keys():
    d = {Loud("k"): 1}
    print(d["k"])
    print("k" in d, "k" not in d)
    d["k"] = 2
    print(len(d), list(d.values()))
    print(d.get("k", "missing"))
    n = {Never(5): "five"}
    print(5 in n)
    n[5] = "int five"
    print(len(n), n[5], n.get(5))


def subclasses_and_numbers():
    d = {Tagged("x"): 1, Counted(3): "three"}
    print(d["x"], d[3], "x" in d, 3 in d)
    d["x"] = 10
    d[3] = "THREE"
    print(sorted(map(repr, d.values())), [type(k).__name__ for k in d])
    mixed = {1.0: "float one", True: "true", 2: "two"}
    print(mixed[1], mixed.get(1), 1 in mixed, 0 in mixed)
    mixed[1] = "int one"
    print(mixed)
    big = {2**70: "big"}
    print(2**70 in big, big.get(2**70), 5 in big)
    print({1: "a"}.get(-1), {-1: "m"}[-1], {-2: "n"}.get(-2))


def bytes_versus_str():
    d = {b"a": "bytes", "a": "str"}
    print(d["a"], d[b"a"], len(d))
    d["a"] = "str again"
    print(d)


def errors():
    d = {"a": 1, 2: "b"}
    for key in ["b", 3, Never(2)]:
        try:
            d[key]
        except KeyError as error:
            print("KeyError", repr(error.args[0]) if not isinstance(key, Never) else "Never")
    try:
        {}[[1]] = 1
    except TypeError as error:
        print(error)
    try:
        print([1] in {})
    except TypeError as error:
        print(error)


class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + repr(key)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __contains__(self, key):
        print("contains", key)
        return super().__contains__(key)


def dict_subclass():
    d = Defaulting()
    d["a"] = 1
    print(d["a"], d["zz"], "a" in d, 7 in d)


def changed_during_iteration():
    d = {"a": 1, "b": 2}
    try:
        for key in d:
            d[key + key] = 0
    except RuntimeError as error:
        print(error)
    d = {"a": 1, "b": 2}
    for key in d:
        d[key] = d[key] * 10
    print(d)


counting()
custom_keys()
subclasses_and_numbers()
bytes_versus_str()
errors()
dict_subclass()
changed_during_iteration()
