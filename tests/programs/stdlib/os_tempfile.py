import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    print(os.path.isdir(folder), os.path.isabs(folder), os.listdir(folder))
    path = os.path.join(folder, "inner", "f.txt")
    os.makedirs(os.path.dirname(path))
    with open(path, "w") as f:
        f.write("x")
    kept = folder
print(os.path.exists(kept))
a = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
print(os.path.basename(a).startswith("pre_"), a.endswith("_suf"))
b = tempfile.mkdtemp()
print(a != b)
os.rmdir(a)
os.rmdir(b)
fd, name = tempfile.mkstemp(suffix=".dat")
os.write(fd, b"raw bytes")
os.close(fd)
with open(name, "rb") as f:
    print(f.read(), name.endswith(".dat"))
os.unlink(name)
print(os.path.exists(name), os.path.isdir(tempfile.gettempdir()))
