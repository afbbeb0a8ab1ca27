# Slicing strings and tuples.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[-1:-4:-1], s[100:], s[3:1])
print(s[1::3], s[::-3], "racecar"[::-1] == "racecar", "hello"[1:-1], ""[::-1])
t = tuple(range(8))
print(t[1:4], t[::-2], t[-3:], t[:0], type(t[1:3]))
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[1::3], list(r[2:5]), r[-2:], list(range(10)[::-3]))
words = "the quick brown fox".split()
print(words[1:3], words[::-1][0][::-1], [w[:2] for w in words], [w[-1] for w in words])
def is_pal(w):
    return w == w[::-1]
print([w for w in ["level", "abc", "noon", "a", ""] if is_pal(w)])
