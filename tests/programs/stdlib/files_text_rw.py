import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "notes.txt")
f = open(path, "w")
print(type(f).__name__, f.mode, f.closed, f.name == path, f.encoding)
print(f.write("first line\n"), f.write("second line\n"), f.write("no newline"))
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(7)), repr(f.read()), repr(f.read()))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    f.writelines(["x\n", "y\n"])
    print("z", file=f)
    print(1, 2, 3, sep=",", end="!\n", file=f)
with open(path, "r") as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(folder)
