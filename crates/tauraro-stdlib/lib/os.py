"""Operating-system interfaces: the posix calls with CPython's `os` conveniences on top
(`makedirs`, `walk`, `environ` as a mapping that updates the process environment)."""

import posix
from posix import (
    open, read, write, close, lseek, stat, lstat, fstat, getcwd, chdir, listdir, remove,
    unlink, rename, replace, mkdir, rmdir, getpid, strerror, isatty, urandom, stat_result,
    O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, SEEK_SET, SEEK_CUR,
    SEEK_END,
)
import posixpath as path
import sys

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"


class _Environ:
    """`os.environ`: a mapping of the environment that passes changes on to the process."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        posix.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            value = self._data.pop(key)
            posix.unsetenv(key)
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def fspath(p):
    """The path text of `p`: a str, or what its `__fspath__` returns."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not " + type(p).__name__
        )
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError(
            "expected " + type(p).__name__ + ".__fspath__() to return str or bytes, not "
            + type(result).__name__
        )
    return result


class PathLike:
    """The abstract base of objects with `__fspath__`."""

    def __fspath__(self):
        raise NotImplementedError


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates `name` and any missing parent folders."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes `name`, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields `(folder, subfolders, files)` for each folder under `top`."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for entry in dirs:
            yield from walk(path.join(top, entry), topdown, onerror, followlinks)
    else:
        for entry in dirs:
            yield from walk(path.join(top, entry), topdown, onerror, followlinks)
        yield top, dirs, nondirs
