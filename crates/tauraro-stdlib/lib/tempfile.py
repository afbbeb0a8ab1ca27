"""Temporary files and folders: `mkdtemp`, `mkstemp`, `gettempdir` and the
`TemporaryDirectory` context manager, with unpredictable names made from `os.urandom`."""

import os

_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
tempdir = None
template = "tmp"


def _random_name():
    data = os.urandom(8)
    return "".join(_NAME_LETTERS[b % len(_NAME_LETTERS)] for b in data)


def gettempdir():
    """The folder temporary files go in: `$TMPDIR`, `$TEMP`, `$TMP`, or /tmp."""
    if tempdir is not None:
        return tempdir
    for name in ("TMPDIR", "TEMP", "TMP"):
        folder = os.environ.get(name)
        if folder and os.path.isdir(folder):
            return os.path.abspath(folder)
    return "/tmp"


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder only this process knows the name of; returns its path."""
    folder = gettempdir() if dir is None else os.fspath(dir)
    prefix = template if prefix is None else prefix
    suffix = "" if suffix is None else suffix
    for _ in range(100):
        path = os.path.join(folder, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file; returns `(descriptor, path)`."""
    folder = gettempdir() if dir is None else os.fspath(dir)
    prefix = template if prefix is None else prefix
    suffix = "" if suffix is None else suffix
    for _ in range(100):
        path = os.path.join(folder, prefix + _random_name() + suffix)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def _remove_tree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _remove_tree(full)
        else:
            os.unlink(full)
    os.rmdir(path)


class TemporaryDirectory:
    """A temporary folder removed, with its contents, by `cleanup()` or at the end of a
    `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<TemporaryDirectory " + repr(self.name) + ">"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self._removed:
            return
        self._removed = True
        try:
            _remove_tree(self.name)
        except OSError:
            if not self._ignore_errors:
                raise
