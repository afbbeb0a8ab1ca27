# Non-ASCII strings: lengths, indexing, ordering and case mapping.
s = "naïve café ☕ 日本語 😀"
print(s, len(s))
print([c for c in s if ord(c) > 127])
print([ord(c) for c in "é☕😀"])
print(s[6:10], s[-1], s[11], s[::-1])
print(s.upper(), s.split())
print(sorted(["é", "e", "z", "É", "日"]))
print("Ünïcödé".lower(), "ǅ".lower(), "ǆ".upper(), "ﬁ".upper())
print(chr(0x1F600) == "😀", "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α")
print(len("👨‍👩‍👧"), repr("\u0301"), "e\u0301" == "é")
