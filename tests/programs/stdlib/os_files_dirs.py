import os
import tempfile

base = tempfile.mkdtemp()
print(os.path.isdir(base), os.listdir(base))
sub = os.path.join(base, "sub")
os.mkdir(sub)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(sub, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(sub)))
print(os.path.isfile(os.path.join(sub, "a.txt")), os.path.isdir(os.path.join(sub, "a.txt")))
print(os.path.exists(os.path.join(sub, "zzz")), os.path.getsize(os.path.join(sub, "a.txt")))
os.rename(os.path.join(sub, "c.log"), os.path.join(sub, "d.log"))
print(sorted(os.listdir(sub)))
st = os.stat(os.path.join(sub, "a.txt"))
print(st.st_size, st.st_mtime > 0, type(st).__name__)
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "x", "y"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(os.path.isdir(os.path.join(base, "x", "y", "z")))
try:
    os.rmdir(sub)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(sub, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    os.listdir(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == os.path.join(base, "nope"))
try:
    os.mkdir(sub)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
try:
    os.rename(os.path.join(base, "missing"), os.path.join(base, "other"))
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
walked = []
for folder, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(folder, base), sorted(dirs), sorted(files)))
print(sorted(walked))
for name in os.listdir(sub):
    os.remove(os.path.join(sub, name))
os.rmdir(sub)
os.removedirs(os.path.join(base, "x", "y", "z")) if False else None
os.rmdir(os.path.join(base, "x", "y", "z"))
os.rmdir(os.path.join(base, "x", "y"))
os.rmdir(os.path.join(base, "x"))
os.rmdir(base)
print(os.path.exists(base))
