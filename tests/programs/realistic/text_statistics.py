# Text statistics: word frequencies, sorting by keys, n-grams and simple formatting.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only."""


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


def frequencies(items):
    freq = {}
    for item in items:
        freq[item] = freq.get(item, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]


def sentences(text):
    parts = []
    current = []
    for ch in text:
        current.append(ch)
        if ch in ".!?":
            parts.append("".join(current).strip())
            current = []
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


def histogram(freq, width=30):
    peak = max(freq.values())
    lines = []
    for key, count in sorted(freq.items()):
        bar = "*" * max(1, count * width // peak)
        lines.append(f"{key:>3} | {bar} {count}")
    return lines


def main():
    ws = words(TEXT)
    print("words:", len(ws), "unique:", len(set(ws)))
    freq = frequencies(ws)
    for word, count in top(freq, 8):
        print(f"{word:<10}{count:>3}")
    lengths = frequencies(len(w) for w in ws)
    print("\n".join(histogram(lengths)))
    print("longest:", sorted(set(ws), key=lambda w: (-len(w), w))[:5])
    print("avg length: %.3f" % (sum(map(len, ws)) / len(ws)))
    bigrams = frequencies(ngrams(ws, 2))
    print("top bigrams:", top(bigrams, 4))
    trigram = max(frequencies(ngrams(ws, 3)).items(), key=lambda kv: (kv[1], kv[0]))
    print("top trigram:", " ".join(trigram[0]), trigram[1])
    letters = frequencies(ch for ch in TEXT.lower() if ch.isalpha())
    print("letters:", "".join(k for k, _ in top(letters, 10)))
    vowels = sum(letters.get(v, 0) for v in "aeiou")
    print(f"vowel ratio {vowels / sum(letters.values()):.2%}")
    lines = TEXT.splitlines()
    print("line lengths:", [len(l) for l in lines])
    print("widest line:", max(range(len(lines)), key=lambda i: len(lines[i])))
    for s in sentences(TEXT):
        print(len(s), s[:30].replace("\n", " ") + "...")
    capitalized = sorted({w.strip(",.") for w in TEXT.split() if w[0].isupper()})
    print("capitalized:", capitalized)
    by_initial = {}
    for w in sorted(set(ws)):
        by_initial.setdefault(w[0], []).append(w)
    for initial in sorted(by_initial, key=lambda k: (-len(by_initial[k]), k))[:4]:
        print(initial, by_initial[initial])
    title = " ".join(w.capitalize() for w in ws[:6])
    print(title, title.swapcase(), title.center(40, "~"))


main()
