import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "big.txt")
lines = ["line %d: %s" % (i, "é" * (i % 7) + "x" * (i % 13)) for i in range(3000)]
endings = ["\n", "\r\n", "\r"]
with open(path, "w", newline="") as f:
    for i, line in enumerate(lines):
        f.write(line + endings[(i // 500) % 3])
for newline in [None, "", "\n", "\r\n"]:
    with open(path, newline=newline) as f:
        got = f.readlines()
    print(repr(newline), len(got), got[0][-3:], got[-1][-3:], sum(len(x) for x in got))
with open(path) as f:
    first = [f.readline() for _ in range(700)]
    position = f.tell()
    rest = f.read()
with open(path) as f:
    f.seek(position)
    print(f.read() == rest, position, len(first), first[-1])
with open(path) as f:
    count = 0
    for line in f:
        count += 1
        if count == 1200:
            print(repr(line))
            try:
                f.tell()
            except OSError as e:
                print("OSError:", e)
            break
    print(repr(f.readline()), len(f.read(50)))
    for line in f:
        pass
    print(f.tell() == os.path.getsize(path))
os.remove(path)
os.rmdir(folder)
