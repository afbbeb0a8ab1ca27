import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "seek.txt")
with open(path, "w") as f:
    print(f.tell())
    f.write("0123456789\nabcdef\n")
    print(f.tell())
with open(path) as f:
    print(f.readline(), end="")
    print(f.tell())
    f.seek(3)
    print(f.read(4), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
with open(path, "r+") as f:
    print(f.read(3))
    f.seek(0)
    f.write("AB")
    f.seek(0)
    print(f.read())
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
with open(path, "a+") as f:
    f.write("+more")
    f.seek(0)
    print(f.read())
with open(path) as f:
    try:
        f.seek(2, 1)
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(folder)
