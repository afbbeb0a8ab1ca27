# Fast paths with exact CPython results: repr of plain ASCII text (and of everything that
# must still be escaped), replace with shorter/equal/longer replacements and counts, and
# in-place += on text that becomes, stays or starts non-ASCII.
for text in ["", "item42", "a b~c", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
             "new\nline", "\x7f", "\x00\x1f", "é", "naïve text", "😀", "\u2028", "~ !"]:
    print(repr(text), ascii(text), f"{text!r:>12}|{text!a}")

base = "eta beta zeta theta eta" * 3
for old, new, count in [("eta", "ETA", -1), ("eta", "E", -1), ("eta", "", 2), ("eta", "EEEEE", -1),
                        ("eta", "ETA", 0), ("eta", "ETA", 4), ("zz", "y", -1), ("", "-", 5),
                        ("t", "τ", -1), ("a", "ä", 3)]:
    result = base.replace(old, new, count)
    print(old, new, count, len(result), result[:40], result[-20:])
print("αβγαβγ".replace("β", "b"), "αβγαβγ".replace("β", "ββ", 1), "αβγ".replace("γ", "")[-1])

text = ""
for index in range(40):
    text += "ab"[index % 2]
    if index % 13 == 0:
        text += "é"
    if index == 30:
        text += "日本"
print(len(text), text, text[5], text[-3:], text[14:20], text.index("日"), text.isascii())
grown = "é"
for index in range(300):
    grown += "x"
print(len(grown), grown[0], grown[150], grown[-1], grown.count("x"))
