import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "nl.txt")
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rlast")
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(12)), repr(f.read(3)))
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("a\r\nb\n")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
os.rmdir(folder)
