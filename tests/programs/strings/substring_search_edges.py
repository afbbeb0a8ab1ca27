# str.count/find/replace on overlapping, empty, non-ASCII and windowed searches.
samples = ["aaaa", "abababa", "", "héllo wörld héllo", "日本語日本語", "x" * 40 + "needle" + "y" * 40]
needles = ["a", "aa", "aba", "", "é", "llo", "日本", "語日", "needle", "zz"]
for text in samples:
    for needle in needles:
        print(
            repr(text[:12]),
            repr(needle),
            text.count(needle),
            text.find(needle),
            text.find(needle, 2),
            text.find(needle, 1, 5),
            text.count(needle, 1, -1),
            repr(text.replace(needle, "<>")[:30]),
            repr(text.replace(needle, "", 1)[:30]),
            repr(text.replace(needle, "Ω", 2)[:30]),
        )
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "aa"))
print("aaaaa".count("aa"), "aaaaa".replace("aa", "b"), "aaaaa".find("aa", -2), "abc".find("c", -1))
