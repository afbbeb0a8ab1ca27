import io
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "r.txt")
with open(path, "w") as f:
    f.write("abcdefghij\nshort\n\nend")
with open(path) as f:
    print(repr(f.readline(4)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines(12))
with open(path, "rb") as f:
    print(f.readline(3), f.readline(), f.readlines())
s = io.StringIO("abc\ndef")
print(repr(s.readline(2)), repr(s.readline(5)), repr(s.readline()))
with open(path) as f:
    print(f.readable(), f.writable(), f.seekable(), f.fileno() > 2, f.isatty())
os.remove(path)
os.rmdir(folder)
