# String building: concatenation with +=, list-and-join, slicing, replace and split, on
# generated text.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def build_by_concatenation(n):
    text = ""
    for i in range(n):
        text += WORDS[i % 10]
        text += " "
    return text


def build_by_join(n):
    parts = []
    for i in range(n):
        parts.append(WORDS[(i * 7) % 10])
        parts.append(str(i))
    return ",".join(parts)


def line_report(rows):
    lines = []
    for i in range(rows):
        fields = [WORDS[i % 10], str(i * i), WORDS[(i + 3) % 10].upper()]
        lines.append("|".join(fields))
    return "\n".join(lines)


def checksum(text):
    total = 0
    for i in range(0, len(text), 97):
        total = (total * 131 + ord(text[i])) % 1000000007
    return total


def main():
    concatenated = build_by_concatenation(800000)
    joined = build_by_join(800000)
    report = line_report(300000)
    words = concatenated.split()
    rejoined = "-".join(words)
    replaced = rejoined.replace("eta", "ETA")
    pieces = [replaced[i : i + 5] for i in range(0, 200000, 5)]
    print(len(concatenated), checksum(concatenated))
    print(len(joined), checksum(joined))
    print(len(report), checksum(report), report.count("\n"))
    print(len(words), len(rejoined), replaced.count("ETA"), len("".join(pieces)))


main()
