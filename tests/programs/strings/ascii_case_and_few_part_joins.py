# str.upper/lower/casefold of ASCII text (mapped without decoding, inline when short) and
# joins of a few parts (measured first, assembled inline when short), around the 24-byte
# inline limit, with non-ASCII parts, str subclasses and bad items.
class Text(str):
    pass


samples = [
    "",
    "a",
    "Hello World",
    "x" * 23,
    "Y" * 24,
    "z" * 25,
    "MiXeD 123 !?~",
    "The Quick Brown Fox Jumps Over The Lazy Dog",
    "héllo",
    "straße",
    "ΣΑΣ ΟΔΟΣ",
    "ﬁ ligature",
    Text("AbC"),
]
for s in samples:
    up, low, fold = s.upper(), s.lower(), s.casefold()
    print(repr(up), repr(low), repr(fold), type(up).__name__, len(up), len(low))
    print(up.isupper() or not up.strip(), low == s.lower(), hash(up) == hash(str(up)))
word = "kappa"
print(word.upper() is word.upper(), word.upper() == "KAPPA", word.upper()[2], word.upper()[-1:])

print(repr("-".join([])), repr("-".join(["a"])), "-".join(["a", "b"]))
print(",".join(("x", "yé", "z")), len(",".join(("x", "yé", "z"))))
print("|".join([Text("q"), "r"]), type("|".join([Text("q")])).__name__)
for count in (2, 15, 16, 17):
    joined = "ab".join(["123"] * count)
    print(count, len(joined), joined[:8], joined[-4:])
wide = "é".join(["xy"] * 16)
print(len(wide), wide[5], wide[-3:], wide.count("é"))
fields = ["alpha", str(12345), "DELTA"]
row = "|".join(fields)
print(row, len(row), row[6:11], hash(row) == hash("alpha|12345|DELTA"))
exact = "+".join(["a" * 8, "b" * 7, "c" * 7])
print(exact, len(exact))
over = "+".join(["a" * 8, "b" * 8, "c" * 7])
print(over, len(over))
large = "".join(["a" * 30000, "b" * 30000, "c" * 30000])
print(len(large), large[29998:30002], large.count("b"))
print("".join(map(str, range(5))), "/".join(str(i) for i in range(3)))
for bad in (["a", 1], ["a"] * 5 + [None], [b"x"], ["a"] * 20 + [2.5]):
    try:
        "-".join(bad)
    except TypeError as error:
        print(error)


class Failure(Exception):
    pass


message = "bad value: 7"
error = Failure(message)
print(str(error), str(error) is message, repr(error))
print(str(KeyError("k")), str(ValueError("v")), str(ValueError()), str(ValueError(1, 2)))
print(str(OSError(2, "No such file")), str(ValueError(Text("sub"))), type(str(ValueError(Text("sub")))).__name__)
print(str(ExceptionGroup("group", [ValueError("x")])), str(SyntaxError("syntax")))
