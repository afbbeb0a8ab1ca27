"""Regular expressions with CPython's `re` interface: `Pattern` and `Match` objects, `sub`
with template and function replacements, `split`, `findall`, `finditer`, `escape`, and the
flags. Matching itself is done by the native `_regex` module."""

import _regex


class RegexFlag(int):
    """A combination of flags, shown by name (`re.IGNORECASE|re.MULTILINE`)."""

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)

    def __repr__(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value or not names:
            names.append(hex(value) if names else "0")
        return "|".join(names)

    __str__ = __repr__


_FLAG_NAMES = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
    ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]

TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
NOFLAG = RegexFlag(0)


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s at position %d (line %d, column %d)" % (
                    msg, pos, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise NotImplementedError("not supported yet: regular expressions on bytes")
        self.pattern = pattern
        self._compiled = _regex.compile(pattern, int(flags), error)
        flags = self._compiled.flags | 32
        if flags & 256:
            flags &= ~32
        self.flags = flags
        self.groups = self._compiled.groups
        self.groupindex = dict(self._compiled.groupindex)

    def _search(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            if isinstance(string, bytes):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError(
                "expected string or bytes-like object, got '" + type(string).__name__ + "'"
            )
        spans = _regex.search(self._compiled, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._search(string, pos, _end(string, endpos), 0)

    def match(self, string, pos=0, endpos=None):
        return self._search(string, pos, _end(string, endpos), 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._search(string, pos, _end(string, endpos), 2)

    def _spans(self, string, pos=0, endpos=None):
        """The span tuples of successive matches; after an empty match the next one may
        not be empty at the same place (CPython 3.7's rule)."""
        if not isinstance(string, str):
            self._search(string, 0, 0, 0)
        endpos = _end(string, endpos)
        length = len(string)
        if pos < 0:
            pos = 0
        if endpos > length:
            endpos = length
        must_advance = False
        while pos <= endpos:
            spans = _regex.search(self._compiled, string, pos, endpos, 0)
            if spans is None:
                return
            start = spans[0]
            end = spans[1]
            if must_advance and start == end == pos:
                pos += 1
                must_advance = False
                continue
            yield spans
            must_advance = start == end
            pos = end

    def finditer(self, string, pos=0, endpos=None):
        end = _end(string, endpos)
        for spans in self._spans(string, pos, endpos):
            yield Match(self, string, pos, end, spans)

    def findall(self, string, pos=0, endpos=None):
        result = []
        groups = self.groups
        for spans in self._spans(string, pos, endpos):
            if groups == 0:
                result.append(_substring(string, spans[0], spans[1]))
            elif groups == 1:
                result.append(_group_text(string, spans, 1, ""))
            else:
                result.append(tuple(_group_text(string, spans, g, "")
                                    for g in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        if not isinstance(string, str):
            self._search(string, 0, 0, 0)
        parts = []
        last = 0
        count = 0
        for spans in self._spans(string):
            if 0 < maxsplit <= count:
                break
            parts.append(_substring(string, last, spans[0]))
            for g in range(1, self.groups + 1):
                parts.append(_group_text(string, spans, g, None))
            last = spans[1]
            count += 1
        parts.append(_substring(string, last, len(string)))
        return parts

    def subn(self, repl, string, count=0):
        if not isinstance(string, str):
            self._search(string, 0, 0, 0)
        if callable(repl):
            expand = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, " + type(repl).__name__ + " found")
            template = _parse_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]
                expand = None
            else:
                literal = None
                expand = template
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(string):
            if 0 < count <= n:
                break
            pieces.append(_substring(string, last, spans[0]))
            if callable(repl):
                pieces.append(_check_str(repl(Match(self, string, 0, len(string), spans))))
            elif expand is None:
                pieces.append(literal)
            else:
                pieces.append(_expand(string, spans, expand))
            last = spans[1]
            n += 1
        pieces.append(_substring(string, last, len(string)))
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("not supported yet: Pattern.scanner")

    def __repr__(self):
        flags = self.flags & ~UNICODE if not (self.flags & ASCII) else self.flags
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(" + text + ", " + repr(RegexFlag(flags)) + ")"
        return "re.compile(" + text + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("expected str instance, " + type(value).__name__ + " found")
    return value


def _end(string, endpos):
    if endpos is None:
        return len(string) if isinstance(string, str) else 0
    return endpos


_substring = _regex.substring


def _group_text(string, spans, group, default):
    start = spans[2 * group]
    if start < 0:
        return default
    return _substring(string, start, spans[2 * group + 1])


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
            "b": "\b", "\\": "\\"}


def _parse_template(pattern, repl):
    """A replacement template as a list of literal strings and group numbers."""
    items = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = repl[i + 1]
        if d == "g":
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            close = repl.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference " + str(group), repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '" + name + "'")
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '" + name + "'", repl, i + 3)
            _flush(items, literal)
            items.append(group)
            i = close + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and repl[j] in "01234567":
                j += 1
            literal.append(chr(int(repl[i + 1:j], 8)))
            i = j
        elif d.isdigit():
            j = i + 2
            if j < n and repl[j].isdigit():
                if (d in "01234567" and repl[j] in "01234567" and j + 1 < n
                        and repl[j + 1] in "01234567"):
                    value = int(repl[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\" + repl[i + 1:j + 2]
                                    + " outside of range 0-0o377", repl, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            group = int(repl[i + 1:j])
            if group > pattern.groups:
                raise error("invalid group reference " + str(group), repl, i + 1)
            _flush(items, literal)
            items.append(group)
            i = j
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\" + d, repl, i)
        else:
            literal.append("\\" + d)
            i += 2
    _flush(items, literal)
    if not items:
        items.append("")
    return items


def _flush(items, literal):
    if literal:
        items.append("".join(literal))
        del literal[:]


def _expand(string, spans, template):
    out = []
    for item in template:
        if isinstance(item, str):
            out.append(item)
        else:
            text = _group_text(string, spans, item, "")
            out.append(text)
    return "".join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        elif isinstance(group, bool):
            return int(group)
        raise IndexError("no such group")

    def group(self, *groups):
        if not groups:
            return _group_text(self.string, self._spans, 0, None)
        if len(groups) == 1:
            return _group_text(self.string, self._spans, self._index(groups[0]), None)
        return tuple(_group_text(self.string, self._spans, self._index(g), None)
                     for g in groups)

    def __getitem__(self, group):
        return _group_text(self.string, self._spans, self._index(group), None)

    def groups(self, default=None):
        return tuple(_group_text(self.string, self._spans, g, default)
                     for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: _group_text(self.string, self._spans, index, default)
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1])
                     for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            start = self._spans[2 * g]
            if start >= 0:
                end = self._spans[2 * g + 1]
                # The group that closed last: the latest end, and among groups ending
                # together the outermost (which closes after those it contains).
                if last is None or end > best_end or (end == best_end and start <= self._spans[2 * last]):
                    last = g
                    best_end = end
        return last

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, number in self.re.groupindex.items():
            if number == index:
                return name
        return None

    def expand(self, template):
        return _expand(self.string, self._spans, _parse_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = "re"

_cache = {}
_MAX_CACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAX_CACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """`pattern` with every character that is special in a regular expression escaped."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    raise NotImplementedError("not supported yet: re.escape of bytes")
