"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and TextWrapper.

Written for Tauraro after CPython 3.11's documented behaviour: text is cut into chunks
(words, runs of whitespace, and hyphenated words split after their hyphens), and lines are
filled greedily with whole chunks; a chunk longer than a line is broken when
`break_long_words` is set.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word_char(ch):
    return ch.isalnum() or ch == "_"


def _split_hyphenated(word):
    """Pieces of `word` ending after each inner hyphen that sits between letters."""
    pieces = []
    start = 0
    for index in range(1, len(word) - 1):
        if (word[index] == "-" and word[index + 1].isalpha()
                and index - start >= 2 and _is_word_char(word[index - 1])
                and _is_word_char(word[index - 2])):
            pieces.append(word[start:index + 1])
            start = index + 1
    pieces.append(word[start:])
    return pieces


def _ends_sentence(chunk):
    if chunk[-1:] in "\"'":
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Wraps paragraphs to `width` columns."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _WHITESPACE:
                text = text.replace(ch, " ")
        return text

    def _split(self, text):
        chunks = []
        index = 0
        while index < len(text):
            start = index
            if text[index] in _WHITESPACE:
                while index < len(text) and text[index] in _WHITESPACE:
                    index += 1
                chunks.append(text[start:index])
            else:
                while index < len(text) and text[index] not in _WHITESPACE:
                    index += 1
                word = text[start:index]
                if self.break_on_hyphens:
                    chunks.extend(_split_hyphenated(word))
                else:
                    chunks.append(word)
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end: a lowercase letter, then . ! or ?, then an
        optional closing quote."""
        index = 0
        while index < len(chunks) - 1:
            chunk = chunks[index]
            if chunks[index + 1] == " " and _ends_sentence(chunk):
                chunks[index + 1] = "  "
                index += 2
            else:
                index += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(ch != "-" for ch in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        lines = []
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(chunk) for chunk in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or ((not chunks or self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()) and cur_len <= width)):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip()
                                and cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            previous = lines[-1].rstrip()
                            if len(previous) + len(self.placeholder) <= self.width:
                                lines[-1] = previous + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **options):
    return TextWrapper(width=width, **options).wrap(text)


def fill(text, width=70, **options):
    return TextWrapper(width=width, **options).fill(text)


def shorten(text, width, **options):
    wrapper = TextWrapper(width=width, max_lines=1, **options)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_whitespace(line):
    index = 0
    while index < len(line) and line[index] in " \t":
        index += 1
    return line[:index]


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        if not line.strip(" \t"):
            continue
        prefix = _leading_whitespace(line)
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            common = 0
            while (common < len(margin) and common < len(prefix)
                   and margin[common] == prefix[common]):
                common += 1
            margin = margin[:common]
    result = []
    for line in lines:
        if not line.strip(" \t"):
            # Lines of spaces and tabs only become empty.
            result.append("")
        elif margin:
            result.append(line[len(margin):])
        else:
            result.append(line)
    return "\n".join(result)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines that `predicate` accepts (default: non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return "".join(out)
