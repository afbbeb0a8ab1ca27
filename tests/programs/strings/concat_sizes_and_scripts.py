# str + str, f-strings, few-part joins and ASCII upper/lower across the inline-storage
# boundary (24 bytes) and with non-ASCII text: lengths, indexing from both ends, slicing,
# hashing as dict keys and equality with the same text built another way.

pieces = ["", "a", "é", "日本", "😀", "x" * 11, "y" * 12, "z" * 13, "ab" * 12, "q" * 25, "Ω" * 9]


def describe(text):
    return (len(text), text[:3], text[-3:], text[len(text) // 2 :][:2], text.isascii())


def concatenations():
    seen = {}
    for left in pieces:
        for right in pieces:
            joined = left + right
            assert joined == "".join([left, right]) == f"{left}{right}"
            assert joined == "%s%s" % (left, right)
            seen[joined] = seen.get(joined, 0) + 1
            if len(joined) and joined[-1] != (right or left)[-1]:
                print("wrong last character", repr(left), repr(right))
    print(len(seen), sum(seen.values()))
    for left in pieces[2:6]:
        for right in pieces[6:]:
            print(describe(left + "/" + right))


def few_part_joins():
    for separator in ["", ",", " | ", "·", "—sep—"]:
        for count in range(0, 5):
            parts = [pieces[(index * 3 + count) % len(pieces)] for index in range(count)]
            joined = separator.join(parts)
            rebuilt = ""
            for index, part in enumerate(parts):
                rebuilt += (separator if index else "") + part
            assert joined == rebuilt, (separator, parts)
            print(repr(separator), count, describe(joined))


def case_changes():
    for text in ["word", "x" * 24, "Mixed Case Text Of 25 Chr", "a" * 40, "ß", "straße" * 5]:
        upper, lower = text.upper(), text.lower()
        print(len(upper), upper[:8], upper[-4:], lower[-4:], hash(upper) == hash(upper.lower().upper()))


def formatted():
    for index, piece in enumerate(pieces):
        text = f"{index:>3}:{piece}|{piece!r}|{len(piece)}"
        print(text, len(text), text[-2:])


concatenations()
few_part_joins()
case_changes()
formatted()
