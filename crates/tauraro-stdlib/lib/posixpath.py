"""Path operations on POSIX paths (`os.path`): pure text functions plus the queries that ask
the file system (`exists`, `isfile`, `getsize`, ...)."""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _text(p):
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is not None:
        return method(p)
    raise TypeError(
        "expected str, bytes or os.PathLike object, not " + type(p).__name__
    )


def join(a, *p):
    """Joins path parts; an absolute part discards what came before it."""
    result = _text(a)
    for part in p:
        part = _text(part)
        if part.startswith("/"):
            result = part
        elif not result or result.endswith("/"):
            result = result + part
        else:
            result = result + "/" + part
    return result


def split(p):
    """`(head, tail)`: the folder and the last part."""
    p = _text(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _text(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    """`(root, ext)`: the extension starts at the last dot of the last part, unless
    that part only starts with dots."""
    p = _text(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        start = slash + 1
        while start < dot:
            if p[start] != ".":
                return p[:dot], p[dot:]
            start += 1
    return p, ""


def isabs(p):
    return _text(p).startswith("/")


def normpath(p):
    """Collapses redundant separators and `.`/`..` parts without asking the file system."""
    p = _text(p)
    if not p:
        return "."
    initial = 0
    if p.startswith("/"):
        initial = 2 if p.startswith("//") and not p.startswith("///") else 1
    parts = []
    for part in p.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    result = "/".join(parts)
    if initial:
        result = "/" * initial + result
    return result or "."


def abspath(p):
    p = _text(p)
    if not p.startswith("/"):
        p = join(posix.getcwd(), p)
    return normpath(p)


def realpath(p):
    return abspath(p)


def expanduser(p):
    """Replaces a leading `~` by the home folder."""
    p = _text(p)
    if not p.startswith("~"):
        return p
    i = p.find("/", 1)
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    home = posix.environ.get("HOME")
    if home is None:
        return p
    home = home.rstrip("/") or "/"
    return home + p[i:] if home != "/" else (p[i:] or "/")


def relpath(p, start=None):
    p = abspath(p)
    start = abspath(start if start is not None else curdir)
    p_parts = [x for x in p.split("/") if x]
    s_parts = [x for x in start.split("/") if x]
    common = 0
    while common < min(len(p_parts), len(s_parts)) and p_parts[common] == s_parts[common]:
        common += 1
    parts = [pardir] * (len(s_parts) - common) + p_parts[common:]
    return join(*parts) if parts else curdir


def commonprefix(m):
    if not m:
        return ""
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def _mode(p):
    try:
        return posix.stat(p).st_mode
    except (OSError, ValueError):
        return None


def exists(p):
    return _mode(p) is not None


def isfile(p):
    mode = _mode(p)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(p):
    mode = _mode(p)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(p):
    try:
        return posix.lstat(p).st_mode & _S_IFMT == _S_IFLNK
    except (OSError, ValueError):
        return False


def lexists(p):
    try:
        posix.lstat(p)
    except (OSError, ValueError):
        return False
    return True


def getsize(p):
    return posix.stat(p).st_size


def getmtime(p):
    return posix.stat(p).st_mtime
