# Pieces of one split that repeat (words) or do not (numbers), with dict counting over
# them; whitespace splitting on ASCII and non-ASCII text; concatenation of ASCII and
# non-ASCII strings.
words = "the cat and the dog and the bird".split()
print(words, len(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
many = " ".join(str(i % 7) + "x" for i in range(1000)).split()
print(len(many), many[:3], many[-3:], len(set(many)))
uniq = " ".join(str(i) for i in range(2000)).split()
print(len(uniq), uniq[:3], uniq[-2:], sum(len(u) for u in uniq))
print("a,b,,a".split(","), "x\ny\nx".splitlines(), "a-b-a".rsplit("-", 1))
long = ("abcdefghijklmnopqrstuvwxyz0123456789 " * 300).split()
print(len(long), long[0] == long[-1], long[0] is long[-1] or True)
print("héllo wörld héllo".split(), "  a\u3000b ".split())
s = "ab" + "cd"
t = "é" + "x"
print(s, len(s), t, len(t), t[1], s + t, len(s + t), f"{s}{t}!", len(f"{s}{t}!"))
