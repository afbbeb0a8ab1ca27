"""String constants, capwords() and Template strings ($name substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split s into words with s.split(sep), capitalize each word with str.capitalize, and
    join them with sep (a single space when sep is None).
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENTIFIER_START = frozenset('_' + ascii_letters)
_IDENTIFIER_CHARACTER = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN \
                or cls.braceidpattern is not None:
            raise NotImplementedError(
                'not supported yet: string.Template subclasses with their own pattern, '
                'idpattern or braceidpattern (only delimiter can change)')

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (kind, name, start, end) for each placeholder of the template, in order.

        kind is 'escaped' (the delimiter twice), 'named' ($name or ${name}) or 'invalid';
        start and end delimit the placeholder; for 'invalid', start is where the text
        after the delimiter begins (what CPython reports).
        """
        text = self.template
        delimiter = self.delimiter
        width = len(delimiter)
        size = len(text)
        position = text.find(delimiter)
        while position >= 0:
            after = position + width
            if text.startswith(delimiter, after):
                yield 'escaped', None, position, after + width
                position = text.find(delimiter, after + width)
                continue
            end = _identifier_end(text, after, size)
            if end > after:
                yield 'named', text[after:end], position, end
                position = text.find(delimiter, end)
                continue
            if after < size and text[after] == '{':
                end = _identifier_end(text, after + 1, size)
                if end > after + 1 and end < size and text[end] == '}':
                    yield 'named', text[after + 1:end], position, end + 1
                    position = text.find(delimiter, end + 1)
                    continue
            yield 'invalid', None, after, after
            position = text.find(delimiter, after)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            column = 1
            line = 1
        else:
            column = index - len(''.join(lines[:-1]))
            line = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)
        pieces = []
        done = 0
        text = self.template
        for kind, name, start, end in self._placeholders():
            if kind == 'invalid':
                self._invalid(start)
            pieces.append(text[done:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            else:
                pieces.append(str(mapping[name]))
            done = end
        pieces.append(text[done:])
        return ''.join(pieces)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)
        pieces = []
        done = 0
        text = self.template
        for kind, name, start, end in self._placeholders():
            if kind == 'invalid':
                continue
            pieces.append(text[done:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            else:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(text[start:end])
            done = end
        pieces.append(text[done:])
        return ''.join(pieces)

    def is_valid(self):
        for kind, _, _, _ in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        identifiers = []
        for kind, name, _, _ in self._placeholders():
            if kind == 'named' and name not in identifiers:
                identifiers.append(name)
        return identifiers


def _identifier_end(text, start, size):
    """Where the ASCII identifier starting at start ends (start itself if there is none)."""
    if start >= size or text[start] not in _IDENTIFIER_START:
        return start
    end = start + 1
    while end < size and text[end] in _IDENTIFIER_CHARACTER:
        end += 1
    return end


class _Layered:
    """Keyword arguments first, then the mapping: substitute(mapping, **kws) lookups."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery as overridable methods.

    Only format() and vformat() on top of str.format are provided so far.
    """

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        if type(self) is not Formatter:
            raise NotImplementedError('not supported yet: string.Formatter subclasses')
        return format_string.format(*args, **kwargs)

    def parse(self, format_string):
        raise NotImplementedError('not supported yet: string.Formatter.parse')
