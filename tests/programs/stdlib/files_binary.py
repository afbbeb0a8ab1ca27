import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bin")
with open(path, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01\x02hello\n"), f.write(bytes([255, 254])), f.write("é".encode()))
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.tell(), f.read(), f.read())
    f.seek(3)
    print(f.read(5))
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(list(f))
with open(path, "rb") as f:
    text = f.read().decode("utf-8", "replace")
print(repr(text))
with open(path, "ab") as f:
    f.write(b"END")
with open(path, "rb") as f:
    print(f.read()[-5:])
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "rb", encoding="utf-8") as f:
        pass
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
os.rmdir(folder)
