"""A word-frequency report: Counter, itertools, operator and string together."""
import itertools
import operator
import string
from collections import Counter, OrderedDict

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

table = str.maketrans("", "", string.punctuation)
words = [w.lower() for w in text.translate(table).split()]
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts), "total:", counts.total())
for word, n in counts.most_common(5):
    print("%-8s %3d %s" % (word, n, "#" * n))
by_letter = OrderedDict()
for letter, group in itertools.groupby(sorted(counts), key=operator.itemgetter(0)):
    by_letter[letter] = list(group)
print(list(by_letter.items())[:4])
lengths = Counter(map(len, words))
print(sorted(lengths.items()), max(lengths.items(), key=operator.itemgetter(1)))
pairs = Counter(itertools.pairwise(words))
print(pairs.most_common(3))
running = list(itertools.accumulate(len(w) for w in words))
print(running[:8], running[-1])
chunks = [list(itertools.islice(words, i, i + 6)) for i in range(0, 18, 6)]
print(chunks)
first_half, second_half = Counter(words[: len(words) // 2]), Counter(words[len(words) // 2:])
print((first_half - second_half).most_common(3), sorted((first_half & second_half).keys())[:5])
template = string.Template("The most common word is '$word' ($n times).")
word, n = counts.most_common(1)[0]
print(template.substitute(word=word, n=n))
