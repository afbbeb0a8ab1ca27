"""JSON encoding and decoding with CPython's `json` interface: `dumps`/`dump`, `loads`/`load`
and `JSONDecodeError`. The work is done by the native `_json` module."""

import _json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


from json.decoder import JSONDecodeError


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """`obj` as JSON text."""
    if cls is not None:
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                      check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                      separators=separators, default=default, sort_keys=sort_keys, **kw)
        return encoder.encode(obj)
    if kw:
        raise TypeError("dumps() got an unexpected keyword argument '" + list(kw)[0] + "'")
    return _json.dumps(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                       separators, default, sort_keys)


def dump(obj, fp, **kw):
    """Writes `obj` as JSON text to the file `fp`."""
    fp.write(dumps(obj, **kw))


def _text(s):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        s = bytes(s)
        if s.startswith(b"\xef\xbb\xbf"):
            s = s[3:]
        return s.decode("utf-8")
    raise TypeError(
        "the JSON object must be str, bytes or bytearray, not " + type(s).__name__
    )


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=True, **kw):
    """The value the JSON text `s` describes."""
    s = _text(s)
    if cls is not None:
        return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                   strict=strict, **kw).decode(s)
    if kw:
        raise TypeError("loads() got an unexpected keyword argument '" + list(kw)[0] + "'")
    return _json.loads(s, JSONDecodeError, object_hook, object_pairs_hook, parse_float,
                       parse_int, parse_constant, strict)


def load(fp, **kw):
    """The value the JSON text read from the file `fp` describes."""
    return loads(fp.read(), **kw)


class JSONEncoder:
    """An encoder with fixed settings; subclasses may override `default`."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")

    def encode(self, o):
        return _json.dumps(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                           self.allow_nan, self.indent,
                           (self.item_separator, self.key_separator), self.default,
                           self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder:
    """A decoder with fixed settings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _json.loads(s, JSONDecodeError, self.object_hook, self.object_pairs_hook,
                           self.parse_float, self.parse_int, self.parse_constant,
                           self.strict)
