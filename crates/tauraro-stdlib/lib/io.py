"""Streams: `open()`'s file objects (`FileIO` over the posix calls, the `Buffered*` binary
files, `TextIOWrapper` decoding text with universal newlines) and the in-memory `StringIO`
and `BytesIO`. Writes go straight to the operating system, so what a program wrote is
visible to another reader at once (CPython's buffers only delay that)."""

import posix

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_CHUNK = 8192
_S_IFMT = 0o170000
_S_IFDIR = 0o040000


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _check_closed(stream):
    if stream.closed:
        raise ValueError("I/O operation on closed file.")


def _check_text_closed(stream):
    # StringIO's message has no final full stop.
    if stream._closed:
        raise ValueError("I/O operation on closed file")


class IOBase:
    """What every stream shares: context management, iteration by lines, `readlines`."""

    def __enter__(self):
        _check_closed(self)
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        _check_closed(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        _check_closed(self)
        for line in lines:
            self.write(line)

    def flush(self):
        _check_closed(self)

    def isatty(self):
        _check_closed(self)
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def _need_readable(self):
        _check_closed(self)
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def _need_writable(self):
        _check_closed(self)
        if not self.writable():
            raise UnsupportedOperation("not writable")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _parse_mode(mode):
    """`(reading, writing, appending, creating, updating, binary)` of an `open()` mode,
    with CPython's errors for impossible combinations."""
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    modes = set(mode)
    if len(modes - set("axrwb+t")) > 0 or len(mode) > len(modes):
        raise ValueError("invalid mode: " + repr(mode))
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError(
            "Must have exactly one of create/read/write/append mode and at most one plus"
        )
    return reading, writing, appending, creating, updating, binary


class FileIO(RawIOBase):
    """A file descriptor: unbuffered bytes."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        reading, writing, appending, creating, updating, binary = _parse_mode(mode)
        if updating:
            flags = posix.O_RDWR
        elif reading:
            flags = posix.O_RDONLY
        else:
            flags = posix.O_WRONLY
        if writing:
            flags |= posix.O_CREAT | posix.O_TRUNC
        if appending:
            flags |= posix.O_CREAT | posix.O_APPEND
        if creating:
            flags |= posix.O_CREAT | posix.O_EXCL
        self._readable = reading or updating
        self._writable = writing or appending or creating or updating
        if creating:
            self.mode = "xb+" if updating else "xb"
        elif appending:
            self.mode = "ab+" if updating else "ab"
        elif reading:
            self.mode = "rb+" if updating else "rb"
        else:
            self.mode = "rb+" if updating else "wb"
        self._closefd = closefd
        if isinstance(file, bool):
            raise TypeError("expected str, bytes or os.PathLike object, not bool")
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
        else:
            if not isinstance(file, str):
                method = getattr(type(file), "__fspath__", None)
                if method is None:
                    raise TypeError(
                        "expected str, bytes or os.PathLike object, not "
                        + type(file).__name__
                    )
            if opener is None:
                self._fd = posix.open(file, flags, 0o666)
            else:
                self._fd = opener(file, flags)
            if self._fd > 2:
                if posix.fstat(self._fd).st_mode & _S_IFMT == _S_IFDIR:
                    posix.close(self._fd)
                    self._fd = -1
                    raise IsADirectoryError(21, posix.strerror(21), file)
            if appending:
                posix.lseek(self._fd, 0, SEEK_END)
        self.name = file

    @property
    def closed(self):
        return self._fd < 0

    def readable(self):
        _check_closed(self)
        return self._readable

    def writable(self):
        _check_closed(self)
        return self._writable

    def seekable(self):
        _check_closed(self)
        return self._fd > 2

    def fileno(self):
        _check_closed(self)
        return self._fd

    def isatty(self):
        _check_closed(self)
        return posix.isatty(self._fd)

    def read(self, size=-1):
        self._need_readable()
        if size is None or size < 0:
            return self.readall()
        return posix.read(self._fd, size)

    def readall(self):
        self._need_readable()
        chunks = []
        while True:
            chunk = posix.read(self._fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def write(self, data):
        self._need_writable()
        return posix.write(self._fd, data)

    def seek(self, pos, whence=0):
        _check_closed(self)
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        _check_closed(self)
        return posix.lseek(self._fd, 0, SEEK_CUR)

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                posix.close(fd)

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return (
            "<_io.FileIO name=" + repr(self.name) + " mode=" + repr(self.mode)
            + " closefd=" + repr(self._closefd) + ">"
        )


class _Buffered(BufferedIOBase):
    """A binary file over a `FileIO`, with a read-ahead buffer for `readline`."""

    def __init__(self, raw):
        self.raw = raw
        self._rbuf = b""

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _fill(self):
        chunk = self.raw.read(_CHUNK)
        if chunk:
            self._rbuf = self._rbuf + chunk
        return len(chunk)

    def read(self, size=-1):
        self._need_readable()
        if size is None or size < 0:
            data = self._rbuf + self.raw.readall()
            self._rbuf = b""
            return data
        while len(self._rbuf) < size and self._fill():
            pass
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._need_readable()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readline(self, size=-1):
        self._need_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._rbuf.find(b"\n", start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            start = len(self._rbuf)
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def _drop_read_ahead(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b""

    def write(self, data):
        self._need_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_read_ahead()
        self.raw.write(data)
        return len(data)

    def seek(self, pos, whence=0):
        _check_closed(self)
        if whence == SEEK_CUR:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        _check_closed(self)
        return self.raw.tell() - len(self._rbuf)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate is not supported yet")

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        return raw

    def __repr__(self):
        return "<_io." + type(self).__name__ + " name=" + repr(self.name) + ">"


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


def _incomplete_tail(data):
    """How many bytes at the end of `data` start a UTF-8 sequence that is not complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:
            continue
        if byte >= 0xF0:
            need = 4
        elif byte >= 0xE0:
            need = 3
        elif byte >= 0xC0:
            need = 2
        else:
            need = 1
        return back if need > back else 0
    return 0


_ENCODING_NAMES = {
    "utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8",
    "ascii": "ascii", "us-ascii": "ascii",
    "latin-1": "latin-1", "latin1": "latin-1", "iso-8859-1": "latin-1", "l1": "latin-1",
    "iso8859-1": "latin-1", "8859": "latin-1", "cp819": "latin-1",
}


# Families of codecs CPython has that files here cannot use yet.
_UNSUPPORTED_PREFIXES = ("utf-16", "utf16", "utf-32", "utf32", "utf-7", "utf7", "utf-8-sig",
                         "cp", "iso-8859", "iso8859", "latin-", "koi8", "mac-", "big5", "gb",
                         "shift-jis", "euc-", "windows-", "ibm", "hz", "iso-2022")


def _normal_encoding(encoding):
    key = encoding.lower().replace("_", "-")
    if key in _ENCODING_NAMES:
        return _ENCODING_NAMES[key]
    if key.startswith(_UNSUPPORTED_PREFIXES):
        raise NotImplementedError("not supported yet: files with the encoding " + repr(encoding))
    raise LookupError("unknown encoding: " + encoding)


class TextIOWrapper(TextIOBase):
    """Text over a binary file: decoding, encoding and newline translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(
                "TextIOWrapper() argument 'encoding' must be str or None, not "
                + type(encoding).__name__
            )
        self._codec = _normal_encoding(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self._decoded = ""
        self._undecoded = b""
        self._eof = False
        # Complete lines split off `_decoded` for fast `readline` (slicing a long non-ASCII
        # str costs a scan from its start): `_lines[_line_index:]` come before `_decoded`.
        self._lines = []
        self._line_index = 0
        self._telling = True

    @property
    def closed(self):
        return self.buffer.closed

    def __next__(self):
        # As in CPython, iterating disables tell() until the end of the file is reached.
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    def _flatten(self):
        """Puts the split-off lines back in front of `_decoded`."""
        if self._line_index < len(self._lines):
            self._decoded = "".join(self._lines[self._line_index:]) + self._decoded
        self._lines = []
        self._line_index = 0

    def _split_lines(self):
        """Splits the complete lines off `_decoded`; False when its line endings need the
        general path (a `\r` that is not part of `\r\n`)."""
        text = self._decoded
        if "\r" in text:
            if self._newline == "\n":
                pass
            elif text.endswith("\r") or text.count("\r") != text.count("\r\n"):
                return False
        parts = text.split("\n")
        self._decoded = parts.pop()
        self._lines = [part + "\n" for part in parts]
        self._line_index = 0
        return True

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _decode(self, data, final):
        data = self._undecoded + data
        keep = 0 if final or self._codec != "utf-8" else _incomplete_tail(data)
        if keep:
            self._undecoded = data[len(data) - keep:]
            data = data[:len(data) - keep]
        else:
            self._undecoded = b""
        return data.decode(self._codec, self.errors)

    def _translate(self, text):
        """Universal newlines: `\r\n` and `\r` read as `\n` (the buffer keeps the text as
        the file has it, so `tell()` can count its bytes)."""
        if self._newline is None and "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _fill(self):
        """Decodes one more chunk; False at the end of the file."""
        if self._eof:
            return False
        chunk = self.buffer.read(_CHUNK)
        if not chunk:
            self._eof = True
            if self._undecoded:
                self._decoded += self._decode(b"", True)
            return False
        self._decoded += self._decode(chunk, False)
        return True

    def read(self, size=-1):
        self._need_readable()
        self._flatten()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(
                "argument should be integer or None, not '" + type(size).__name__ + "'"
            )
        if size < 0:
            text = self._decoded + self._decode(self.buffer.read(), True)
            self._decoded = ""
            self._eof = True
            return self._translate(text)
        while len(self._decoded) <= size and self._fill():
            pass
        text = self._decoded
        end = size
        if self._newline is None and "\r" in text[:size + 1]:
            # Count characters as they read: a "\r\n" pair is one.
            count = 0
            end = 0
            while count < size and end < len(text):
                if text[end] == "\r" and end + 1 < len(text) and text[end + 1] == "\n":
                    end += 2
                else:
                    end += 1
                count += 1
        self._decoded = text[end:]
        return self._translate(text[:end])

    def _line_end(self, start):
        """The end of the first line ending at or after `start`, or -1 when more text is
        needed to tell."""
        newline = self._newline
        text = self._decoded
        if newline == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if newline is None or newline == "":
            i = text.find("\n", start)
            r = text.find("\r", start, len(text) if i < 0 else i)
            if r < 0:
                return -1 if i < 0 else i + 1
            if r + 1 < len(text):
                return r + 2 if text[r + 1] == "\n" else r + 1
            return r + 1 if self._eof else -1
        i = text.find(newline, start)
        return -1 if i < 0 else i + len(newline)

    def readline(self, size=-1):
        self._need_readable()
        if size is None:
            size = -1
        if size < 0 and self._newline in (None, "\n"):
            while True:
                if self._line_index < len(self._lines):
                    line = self._lines[self._line_index]
                    self._line_index += 1
                    if self._newline is None and line.endswith("\r\n"):
                        line = line[:-2] + "\n"
                    return line
                self._lines = []
                self._line_index = 0
                if "\n" not in self._decoded and self._fill():
                    continue
                if "\n" not in self._decoded or not self._split_lines():
                    break
        self._flatten()
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0:
                break
            if 0 <= size < len(self._decoded):
                end = size
                break
            start = max(0, len(self._decoded) - 1)
            if not self._fill():
                end = self._line_end(0)
                if end < 0:
                    end = len(self._decoded)
                break
        if 0 <= size < end:
            end = size
        line = self._decoded[:end]
        self._decoded = self._decoded[end:]
        return self._translate(line)

    def write(self, text):
        self._need_writable()
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self._flatten()
        if self._decoded or self._undecoded:
            self.seek(self.tell())
        out = text
        if self._newline is not None and self._newline not in ("", "\n"):
            out = out.replace("\n", self._newline)
        self.buffer.write(out.encode(self._codec, self.errors))
        return len(text)

    def tell(self):
        _check_closed(self)
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self._flatten()
        pending = len(self._decoded.encode(self._codec)) + len(self._undecoded)
        return self.buffer.tell() - pending

    def seek(self, cookie, whence=0):
        _check_closed(self)
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        if whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        elif cookie < 0:
            raise ValueError("negative seek position " + str(cookie))
        self._decoded = ""
        self._undecoded = b""
        self._lines = []
        self._line_index = 0
        self._eof = False
        return self.buffer.seek(cookie, whence)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate is not supported yet")

    def flush(self):
        _check_closed(self)

    def close(self):
        self.buffer.close()

    def detach(self):
        return self.buffer

    def __repr__(self):
        text = "<_io.TextIOWrapper"
        try:
            text += " name=" + repr(self.name)
        except AttributeError:
            pass
        mode = getattr(self, "mode", None)
        if mode is not None:
            text += " mode=" + repr(mode)
        return text + " encoding=" + repr(self.encoding) + ">"


class StringIO(TextIOBase):
    """A text stream in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not " + type(initial_value).__name__
            )
        self._newline = newline
        self._value = self._translate(initial_value)
        self._size = len(self._value)
        self._tail = []
        self._pos = 0
        self._closed = False

    def _translate(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return text.replace("\n", self._newline)
        return text

    def _text(self):
        if self._tail:
            self._value = self._value + "".join(self._tail)
            self._tail = []
        return self._value

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def readable(self):
        _check_text_closed(self)
        return True

    def writable(self):
        _check_text_closed(self)
        return True

    def seekable(self):
        _check_text_closed(self)
        return True

    def getvalue(self):
        _check_text_closed(self)
        return self._text()

    def write(self, text):
        _check_text_closed(self)
        if not isinstance(text, str):
            raise TypeError("string argument expected, got '" + type(text).__name__ + "'")
        n = len(text)
        text = self._translate(text)
        if self._pos == self._size:
            self._tail.append(text)
            self._pos += len(text)
            self._size = self._pos
            return n
        value = self._text()
        if self._pos > len(value):
            value = value + "\0" * (self._pos - len(value))
        self._value = value[:self._pos] + text + value[self._pos + len(text):]
        self._size = len(self._value)
        self._pos += len(text)
        return n

    def read(self, size=-1):
        _check_text_closed(self)
        if size is not None and not isinstance(size, int):
            raise TypeError(
                "argument should be integer or None, not '" + type(size).__name__ + "'"
            )
        value = self._text()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        start = min(self._pos, len(value))
        self._pos = max(self._pos, end)
        return value[start:end]

    def __iter__(self):
        _check_text_closed(self)
        return self

    def __enter__(self):
        _check_text_closed(self)
        return self

    def readline(self, size=-1):
        _check_text_closed(self)
        value = self._text()
        if self._pos >= len(value):
            return ""
        if self._newline == "":
            end = len(value)
            for i in range(self._pos, len(value)):
                c = value[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if i + 1 < len(value) and value[i + 1] == "\n" else i + 1
                    break
        else:
            sep = "\n" if self._newline is None else self._newline
            i = value.find(sep, self._pos)
            end = len(value) if i < 0 else i + len(sep)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = value[self._pos:end]
        self._pos = end
        return line

    def seek(self, pos, whence=0):
        _check_text_closed(self)
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError(
                "Invalid whence (" + str(whence) + ", should be 0, 1 or 2)"
            )
        return self._pos

    def tell(self):
        _check_text_closed(self)
        return self._pos

    def truncate(self, size=None):
        _check_text_closed(self)
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        self._value = self._text()[:size]
        self._size = len(self._value)
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return "<_io.StringIO object at " + hex(id(self)) + ">"


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._value = bytes(initial_bytes)
        self._tail = []
        self._pos = 0
        self._closed = False

    def _bytes(self):
        if self._tail:
            self._value = self._value + b"".join(self._tail)
            self._tail = []
        return self._value

    @property
    def closed(self):
        return self._closed

    def readable(self):
        _check_closed(self)
        return True

    def writable(self):
        _check_closed(self)
        return True

    def seekable(self):
        _check_closed(self)
        return True

    def getvalue(self):
        _check_closed(self)
        return self._bytes()

    def write(self, data):
        _check_closed(self)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        n = len(data)
        value = self._bytes()
        if self._pos == len(value):
            self._tail.append(data)
            self._pos += n
            return n
        if self._pos > len(value):
            value = value + b"\0" * (self._pos - len(value))
        self._value = value[:self._pos] + data + value[self._pos + n:]
        self._pos += n
        return n

    def read(self, size=-1):
        _check_closed(self)
        value = self._bytes()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        start = min(self._pos, len(value))
        self._pos = max(self._pos, end)
        return value[start:end]

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        _check_closed(self)
        value = self._bytes()
        if self._pos >= len(value):
            return b""
        i = value.find(b"\n", self._pos)
        end = len(value) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = value[self._pos:end]
        self._pos = end
        return line

    def seek(self, pos, whence=0):
        _check_closed(self)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._bytes()) + pos)
        else:
            raise ValueError(
                "invalid whence (" + str(whence) + ", should be 0, 1 or 2)"
            )
        return self._pos

    def tell(self):
        _check_closed(self)
        return self._pos

    def truncate(self, size=None):
        _check_closed(self)
        if size is None:
            size = self._pos
        self._value = self._bytes()[:size]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return "<_io.BytesIO object at " + hex(id(self)) + ">"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Opens a file: a `TextIOWrapper`, or in binary mode a `Buffered*` file."""
    if not isinstance(file, (str, int)) and getattr(type(file), "__fspath__", None) is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
    reading, writing, appending, creating, updating, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError(
                "open() argument 'encoding' must be str or None, not "
                + type(encoding).__name__
            )
        _normal_encoding(encoding)
    if not binary and newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: " + repr(newline))
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    if not isinstance(file, (str, int)):
        file = getattr(type(file), "__fspath__")(file)
    raw = FileIO(file, mode.replace("t", "").replace("b", "") or "r", closefd, opener)
    if buffering == 0:
        return raw
    if updating:
        buffer = BufferedRandom(raw)
    elif reading:
        buffer = BufferedReader(raw)
    else:
        buffer = BufferedWriter(raw)
    if binary:
        return buffer
    text = TextIOWrapper(buffer, encoding, errors, newline)
    text.mode = mode
    return text
