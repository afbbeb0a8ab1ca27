# Text statistics: word frequencies, sentence lengths, a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything before
us, we had nothing before us! Were we all going direct to Heaven? We were all
going direct the other way."""


def normalize(word):
    return "".join(ch for ch in word.lower() if ch.isalpha())


def words_of(text):
    result = []
    for raw in text.split():
        w = normalize(raw)
        if w:
            result.append(w)
    return result


def sentences_of(text):
    sentences = []
    current = []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip()
            if s:
                sentences.append(s)
            current = []
    rest = "".join(current).strip()
    if rest:
        sentences.append(rest)
    return sentences


def frequencies(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def histogram(freq, top):
    items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    width = max(len(w) for w, _ in items)
    lines = []
    for w, n in items:
        lines.append(f"{w:>{width}} | {'#' * n} {n}")
    return "\n".join(lines)


words = words_of(TEXT)
print("words:", len(words), "unique:", len(set(words)))
print("characters:", len(TEXT), "letters:", sum(1 for c in TEXT if c.isalpha()), "lines:", len(TEXT.splitlines()))
freq = frequencies(words)
print(histogram(freq, 8))
sents = sentences_of(TEXT)
print("sentences:", len(sents))
for s in sents:
    print(f"  {len(words_of(s)):3d} words, ends with {s[-1]!r}: {s[:40]}...")
lengths = frequencies([len(w) for w in words])
print("length distribution:", dict(sorted(lengths.items())))
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
caps = [raw.strip(",.!?") for raw in TEXT.split() if raw[0].isupper()]
print("capitalised:", caps)
vowel_ratio = sum(1 for c in TEXT.lower() if c in "aeiou") / sum(1 for c in TEXT if c.isalpha())
print(f"vowel ratio: {vowel_ratio:.4f}")
bigrams = frequencies([a + " " + b for a, b in zip(words, words[1:])])
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
