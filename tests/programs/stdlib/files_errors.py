import os
import tempfile

try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args)
    print(isinstance(e, OSError), isinstance(e, FileNotFoundError))
try:
    open("missing_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
folder = tempfile.mkdtemp()
try:
    open(folder)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == folder)
path = os.path.join(folder, "f.txt")
with open(path, "x") as f:
    f.write("once")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path) as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
for mode in ["rw", "z", "rr", "bt", ""]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
try:
    open(path, encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
os.remove(path)
os.rmdir(folder)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args)
print(OSError("plain message"), OSError(13, "Permission denied"), type(OSError(13, "x")).__name__)
print(OSError(1, "a", "f", None, "g"))
