# A text formatter: word wrapping, justification, templating with str.format and tables.

PARAGRAPH = ("Tauraro aims to run ordinary Python programs unchanged. This paragraph is long "
             "enough to be wrapped at several widths, and it contains some extraordinarily "
             "long words like internationalization and counterrevolutionaries.")


def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current = []
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


class Record:
    def __init__(self, name, tags, score):
        self.name = name
        self.tags = tags
        self.score = score


def render(template, **values):
    return template.format(**values)


def main():
    for width in (20, 33):
        lines = wrap(PARAGRAPH, width)
        print(f"--- width {width}: {len(lines)} lines")
        for line in lines[:-1]:
            print("|" + justify(line, width) + "|")
        print("|" + lines[-1].ljust(width) + "|")
    for line in wrap(PARAGRAPH, 40)[:3]:
        print(line.center(44, ".") + "|" + line.rjust(44))
    rec = Record("widget", ["a", "b", "c"], 0.8765)
    print(render("{r.name!r} has {n} tags, first={r.tags[0]}, score={r.score:.1%}", r=rec, n=len(rec.tags)))
    print("{0}-{1}-{0} {2:>{3}}|".format("x", "y", "pad", 6))
    print("{:{fill}{align}{width}}|".format("mid", fill="~", align="^", width=11))
    print("{name:<8}{count:>5d}".format_map({"name": "apples", "count": 17}))
    print("{{literal}} {}".format("braces"))
    table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
    print("leet speak encoder".translate(table), "hello".translate(str.maketrans("lo", "01", "h")))
    print("a\tb\tc".expandtabs(4), "x".zfill(4), "-7".zfill(5), "Title case words".title(), "ÄbC".casefold())
    print("one,two,,three".split(","), "a  b   c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="),
          "a.b.c.d".rsplit(".", 2), "  pad ".strip(), "xxhixx".strip("x"), "line1\nline2\r\nline3".splitlines())
    print("abc".startswith(("x", "a")), "report.txt".endswith(".txt"), "hello".find("l"), "hello".rfind("l"),
          "hello".index("e"), "hello".count("l"), "Hello".swapcase(), "42".isdigit(), "4a".isalnum(), " ".isspace())
    print(", ".join(f"{k}={v!r}" for k, v in sorted(vars(rec).items())))
    words = PARAGRAPH.replace(",", "").replace(".", "").split()
    print(sorted(words, key=str.lower)[:6], sorted(words, key=len, reverse=True)[:3])
    print(max(words, key=len), "-".join(w[0] for w in words), repr("quote'\"s"), ascii("naïve"))


main()
