import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "w.txt")
try:
    with open(path, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
with open(path) as f:
    print(f.read())

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)

r = Recorder()
print("a", "b", sep="-", file=r)
print(r.parts)
print(f.name == path, f.mode)
os.unlink(path)
os.rmdir(folder)
