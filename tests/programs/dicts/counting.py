# Counting and grouping with dicts.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:10])
print(max(letters, key=letters.get), letters["o"], len(letters))
by_len = {}
for word in sorted(set(text.split())):
    by_len.setdefault(len(word), []).append(word)
print(by_len)
print({k: len(v) for k, v in sorted(by_len.items())})
