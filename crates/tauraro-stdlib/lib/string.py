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
    """str.format's machinery as overridable methods: parse() splits a format string,
    get_field()/get_value() find each argument, convert_field() applies !r/!s/!a and
    format_field() applies the format spec."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto_index=0):
        """The formatted text and the next automatic field number (False once fields
        were numbered by hand)."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.isdigit():
                if auto_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_index = False
            value, used = self.get_field(field_name, args, kwargs)
            used_args.add(used)
            value = self.convert_field(value, conversion)
            format_spec, auto_index = self._vformat(format_spec, args, kwargs, used_args,
                                                    depth - 1, auto_index)
            pieces.append(self.format_field(value, format_spec))
        return ''.join(pieces), auto_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for each piece of
        format_string; the last three are None after trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, name in rest:
            value = getattr(value, name) if is_attribute else value[name]
        return value, first


def _parse_format(text):
    end = len(text)
    position = 0
    while position < end:
        start = position
        brace = None
        while position < end:
            char = text[position]
            position += 1
            if char == '{' or char == '}':
                brace = char
                break
        at_end = position >= end
        if brace == '}' and (at_end or text[position] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is None:
            yield text[start:position], None, None, None
            continue
        if text[position] == brace:
            # A doubled brace: literal text up to and including one brace.
            position += 1
            yield text[start:position - 1], None, None, None
            continue
        literal = text[start:position - 1]
        position, field_name, format_spec, conversion = _parse_field(text, position, end)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, position, end):
    """Parse the field starting after its '{': (position after it, name, spec, conversion)."""
    name_start = position
    char = None
    while position < end:
        char = text[position]
        position += 1
        if char == '{':
            raise ValueError("unexpected '{' in field name")
        if char == '[':
            while position < end and text[position] != ']':
                position += 1
            continue
        if char in '}:!':
            break
    else:
        char = None
    if char is None or char not in '}:!':
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:position - 1]
    if char == '}':
        return position, field_name, '', None
    conversion = None
    if char == '!':
        if position >= end:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[position]
        position += 1
        if position < end:
            char = text[position]
            position += 1
            if char == '}':
                return position, field_name, '', conversion
            if char != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = position
    depth = 1
    while position < end:
        char = text[position]
        position += 1
        if char == '{':
            depth += 1
        elif char == '}':
            depth -= 1
            if depth == 0:
                return position, field_name, text[spec_start:position - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a leading number becomes an int."""
    end = len(field_name)
    position = 0
    while position < end and field_name[position] not in '.[':
        position += 1
    first = field_name[:position]
    if first.isdigit():
        first = int(first)
    rest = []
    while position < end:
        char = field_name[position]
        position += 1
        if char == '.':
            start = position
            while position < end and field_name[position] not in '.[':
                position += 1
            name = field_name[start:position]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
        elif char == '[':
            start = position
            while position < end and field_name[position] != ']':
                position += 1
            if position >= end:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:position]
            position += 1
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            if position < end and field_name[position] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
