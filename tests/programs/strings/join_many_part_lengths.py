# str.join of many parts: every part length from 0 to 40 (the short copies split at 4, 8 and
# 16 bytes), multi-byte separators, non-ASCII parts, str subclasses, results that grow past
# their first estimate, and a non-str item after many good ones.
parts = ["abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"[:n] for n in range(41)] * 3
for sep in ["", ",", "--", "<=>", "abcd", "sixteen-bytes!!!", "é", "日本"]:
    joined = sep.join(parts)
    print(repr(sep), len(joined), joined[:60], joined[-60:], hash(joined) == hash(joined[:] + ""))
    expected = ""
    for index, part in enumerate(parts):
        expected += (sep if index else "") + part
    print(joined == expected, len(joined) == len(expected))

wide = ["ü" * n + "x" for n in range(20)] + ["plain"] * 20 + ["😀日"]
joined = "/".join(wide)
print(len(joined), joined[:50], joined[-30:], joined.count("ü"), joined[37], joined.isascii())

class Tagged(str):
    def __str__(self):
        return "never used by join"

mixed = [Tagged("t%d" % i) if i % 3 == 0 else "s%d" % i for i in range(40)]
print(":".join(mixed), type(":".join(mixed)).__name__)

big = ["x" * 1000, "y" * 70000, "z"] * 20
print(len("|".join(big)), "|".join(big).count("|"))
print(len(",".join(str(i) for i in range(100000))))

for bad in [1, None, b"bytes", 2.5, ["list"]]:
    items = ["ok"] * 50 + [bad] + ["after"]
    try:
        ",".join(items)
    except TypeError as error:
        print(error)
try:
    ",".join(tuple(["fine"] * 30) + (3,))
except TypeError as error:
    print(error)
print(repr("".join([""] * 100)), repr(",".join([""] * 20)))
