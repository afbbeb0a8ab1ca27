"""Object-oriented paths (`pathlib.Path`, a `PosixPath`): joining with `/`, the parts of a
path, and file-system operations on top of `os`."""

import os
import posixpath


class PurePath:
    """A path as text, with no access to the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init_parts(args)
        return self

    def _init_parts(self, args):
        parts = []
        for arg in args:
            if isinstance(arg, PurePath):
                parts.append(str(arg))
            elif isinstance(arg, str):
                parts.append(arg)
            else:
                text = os.fspath(arg)
                if not isinstance(text, str):
                    raise TypeError(
                        "argument should be a str or an os.PathLike object where "
                        "__fspath__ returns a str, not " + repr(type(text).__name__)
                    )
                parts.append(text)
        self._text = self._normal(parts)

    @staticmethod
    def _normal(parts):
        path = ""
        for part in parts:
            if not part:
                continue
            if part.startswith("/"):
                path = part
            elif path and not path.endswith("/"):
                path = path + "/" + part
            else:
                path = path + part
        if not path:
            return "."
        root = ""
        if path.startswith("//") and not path.startswith("///"):
            root = "//"
        elif path.startswith("/"):
            root = "/"
        names = [name for name in path.split("/") if name and name != "."]
        return root + "/".join(names) if (root or names) else "."

    def _from_text(self, text):
        new = object.__new__(type(self))
        new._text = text
        return new

    def __str__(self):
        return self._text

    def __fspath__(self):
        return self._text

    def as_posix(self):
        return self._text

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._text) + ")"

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._text == other._text

    def __hash__(self):
        return hash(self._text)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        if not isinstance(key, (str, PurePath)):
            return NotImplemented
        return type(self)(self._text, key)

    def __rtruediv__(self, key):
        if not isinstance(key, (str, PurePath)):
            return NotImplemented
        return type(self)(key, self._text)

    def joinpath(self, *args):
        return type(self)(self._text, *args)

    @property
    def root(self):
        if self._text.startswith("//") and not self._text.startswith("///"):
            return "//"
        return "/" if self._text.startswith("/") else ""

    @property
    def anchor(self):
        return self.root

    @property
    def drive(self):
        return ""

    @property
    def parts(self):
        root = self.root
        rest = self._text[len(root):]
        names = [name for name in rest.split("/") if name and name != "."]
        return tuple(([root] if root else []) + names)

    @property
    def name(self):
        if self._text == "." or self._text == self.root:
            return ""
        return self._text.rsplit("/", 1)[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        text = self._text
        root = self.root
        if text == "." or text == root:
            return self
        i = text.rfind("/")
        if i < 0:
            return self._from_text(".")
        head = text[:i]
        if len(head) < len(root):
            head = root
        return self._from_text(head or root or ".")

    @property
    def parents(self):
        result = []
        path = self
        while True:
            parent = path.parent
            if parent == path:
                break
            result.append(parent)
            path = parent
        return tuple(result)

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + " has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name " + repr(name))
        return self.parent / name if self.parent._text != "." else type(self)(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or suffix == "." or "/" in suffix):
            raise ValueError("Invalid suffix " + repr(suffix))
        name = self.name
        if not name:
            raise ValueError(repr(self) + " has an empty name")
        return self.with_name(self.stem + suffix)

    def is_absolute(self):
        return self._text.startswith("/")

    def relative_to(self, *other):
        base = type(self)(*other)
        parts = self.parts
        base_parts = base.parts
        if parts[:len(base_parts)] != base_parts:
            raise ValueError(
                repr(str(self)) + " is not in the subpath of " + repr(str(base))
                + " OR one path is relative and the other is absolute."
            )
        rest = parts[len(base_parts):]
        return type(self)(*rest) if rest else type(self)(".")

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pattern_parts = [p for p in pattern.split("/") if p]
        parts = self.parts
        if pattern.startswith("/"):
            if len(pattern_parts) + 1 != len(parts):
                return False
            parts = parts[1:]
        elif len(pattern_parts) > len(parts):
            return False
        for name, part in zip(reversed(parts), reversed(pattern_parts)):
            if not _fnmatch(name, part):
                return False
        return True


class PurePosixPath(PurePath):
    pass


def _fnmatch(name, pattern):
    """Shell-style matching of one name: `*`, `?` and `[...]`."""
    import re
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = pattern.find("]", i + 2)
            if j < 0:
                out.append("\\[")
            else:
                body = pattern[i + 1:j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.fullmatch("".join(out), name, re.S) is not None


class Path(PurePath):
    """A path on this system, with file-system operations."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init_parts(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self):
        return os.stat(self._text)

    def exists(self):
        return os.path.exists(self._text)

    def is_file(self):
        return os.path.isfile(self._text)

    def is_dir(self):
        return os.path.isdir(self._text)

    def is_symlink(self):
        return os.path.islink(self._text)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._text, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self._text, "r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(self._text, "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with open(self._text, "rb") as f:
            return f.read()

    def write_bytes(self, data):
        with open(self._text, "wb") as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(self._text):
            yield self / name if self._text != "." else type(self)(name)

    def glob(self, pattern):
        """The paths under this one matching `pattern` (`*`, `?`, `[...]` per part;
        `**` for any number of folders)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: " + repr(pattern))
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = [p for p in pattern.split("/") if p and p != "."]
        yield from self._glob(parts)

    def _child(self, name):
        return self / name if self._text != "." else type(self)(name)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        first = parts[0]
        rest = parts[1:]
        if first == "**":
            seen = set()
            for folder in self._walk_dirs():
                for found in folder._glob(rest):
                    if found._text not in seen:
                        seen.add(found._text)
                        yield found
            return
        if not any(c in first for c in "*?["):
            child = self._child(first)
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(self._text)
        except OSError:
            return
        for name in names:
            if name.startswith(".") and not first.startswith("."):
                continue
            if _fnmatch(name, first):
                child = self._child(name)
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(self._text)
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink() and not name.startswith("."):
                yield from child._walk_dirs()

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._text, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(mode, True, True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._text)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._text)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self._text, str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(self._text, str(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._text)
            return
        open(self._text, "a").close()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self._text)

    def resolve(self, strict=False):
        if strict and not self.exists():
            raise FileNotFoundError(2, "No such file or directory", self._text)
        return type(self)(os.path.normpath(os.path.abspath(self._text)))

    def expanduser(self):
        return type(self)(os.path.expanduser(self._text))

    def samefile(self, other):
        a = self.stat()
        b = os.stat(str(other))
        return a.st_ino == b.st_ino and a.st_dev == b.st_dev


class PosixPath(Path, PurePosixPath):
    pass
