# Dict word counting: a deterministic pseudo-random text over a fixed vocabulary, counted
# with dict.get, with `in` tests, and per-letter counts; the top words printed.
VOCABULARY = (
    "the quick brown fox jumps over lazy dog and then runs far away from hunters who "
    "never catch anything because they sleep all day under old oak trees near river "
    "banks where fish swim slowly while birds sing songs about summer winter autumn spring"
).split()


def generate_text(word_count, seed):
    words = []
    state = seed
    size = len(VOCABULARY)
    for i in range(word_count):
        state = (state * 1103515245 + 12345) % 2147483648
        index = (state >> 16) % size
        # Skew the distribution so a few words dominate.
        if state % 3 == 0:
            index = index % 7
        words.append(VOCABULARY[index])
    return " ".join(words)


def count_with_get(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def count_with_membership(words):
    counts = {}
    for word in words:
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def count_letters(text):
    letters = {}
    for ch in text:
        if ch != " ":
            letters[ch] = letters.get(ch, 0) + 1
    return letters


def main():
    text = generate_text(600000, 2024)
    words = text.split()
    by_get = count_with_get(words)
    by_membership = count_with_membership(words)
    letters = count_letters(text)
    pairs = count_with_get([words[i] + "/" + words[i + 1] for i in range(0, len(words) - 1, 2)])
    ranked = sorted(by_get.items(), key=lambda item: (-item[1], item[0]))
    print(len(words), len(by_get), by_get == by_membership)
    print(ranked[:5])
    print(sorted(letters.items())[:6])
    print(len(pairs), max(pairs.values()))


main()
