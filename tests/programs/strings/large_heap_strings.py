"""Enough small objects to move the allocator onto its pools (over 32 MiB of small blocks),
freed in bulk and reused for other sizes, with non-ASCII text, empty parts and join errors."""

WORDS = ["alpha", "beta", "", "déjà", "naïve", "日本語", "x" * 30]

parts = []
for i in range(400000):
    parts.append(WORDS[i % 7])
    parts.append(str(i))
joined = ",".join(parts)
print(len(parts), len(joined), joined[:60], joined[-40:])
print(joined.count("déjà"), joined.count(",,"), joined.count("日本語"))

# Free them all, then fill the freed memory with objects of other sizes.
del parts
pairs = [(i, str(i * 7), "k" + str(i)) for i in range(150000)]
print(len(pairs), pairs[0], pairs[-1], sum(len(p[1]) for p in pairs))
lines = ["|".join([WORDS[i % 7], p[1], WORDS[(i + 3) % 7].upper()]) for i, p in enumerate(pairs)]
print(len(lines), lines[:4], lines[-1])
del pairs
words = " ".join(lines).split()
print(len(words), words[:5], words[-2:])
text = ""
for w in words[:20000]:
    text += w
    text += " "
print(len(text), text[:50], text[-30:])
print(len("-".join(words).replace("ÉJÀ", "E").split("-")))
print([s[i : i + 3] for s in lines[:3] for i in range(0, 9, 4)])

for bad in ([1], ["a", 2], ("a", None, "b"), ["a"] * 50 + [b"x"]):
    try:
        ",".join(bad)
    except TypeError as error:
        print(error)
print(repr("".join([])), repr("x".join(["", ""])), repr("é".join(["a", "b"])))
