"""Counter against a hand-kept dict, on seeded random data."""
import random
from collections import Counter

random.seed(99)
letters = "abcdefgh"
for trial in range(5):
    data = [random.choice(letters) for _ in range(random.randrange(1, 60))]
    counts = Counter(data)
    manual = {}
    for ch in data:
        manual[ch] = manual.get(ch, 0) + 1
    assert dict(counts) == manual
    other = Counter(random.choice(letters) for _ in range(20))
    print(counts.most_common(3), counts.total() == len(data))
    print(sorted((counts + other).items()))
    print(sorted((counts - other).items()))
    print(sorted((counts | other).items()), sorted((counts & other).items()))
    counts.subtract(other)
    print(sorted(counts.items()), sorted((+counts).items()), sorted((-counts).items()))
    print(counts <= counts + other, Counter(data) >= Counter(data[:3]), list(Counter(data).elements())[:5])
