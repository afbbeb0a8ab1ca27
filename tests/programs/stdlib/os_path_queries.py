import os
import tempfile

base = tempfile.mkdtemp()
f = os.path.join(base, "file.txt")
d = os.path.join(base, "dir")
with open(f, "w") as out:
    out.write("12345")
os.mkdir(d)
for p in [f, d, os.path.join(base, "none"), ""]:
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print(os.path.getsize(f), os.path.getsize(d) >= 0)
try:
    os.path.getsize(os.path.join(base, "none"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.path.abspath(f) == f, os.path.normpath(os.path.join(d, "..", "file.txt")) == f)
print(os.path.join(base, "dir", "") .endswith("/"), os.path.basename(d), os.path.dirname(f) == base)
print(os.path.splitext(f)[1], os.path.split(d)[1])
os.remove(f)
os.rmdir(d)
os.rmdir(base)
