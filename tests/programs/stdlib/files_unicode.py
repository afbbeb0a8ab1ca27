import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "u.txt")
text = "naïve café\n日本語のテキスト\nemoji 😀 end\n" * 1000
with open(path, "w", encoding="utf-8") as f:
    print(f.write(text), f.encoding)
print(os.path.getsize(path))
with open(path, encoding="utf-8") as f:
    data = f.read()
print(data == text, len(data))
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[1], repr(lines[2]))
with open(path) as f:
    chunks = []
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        chunks.append(chunk)
print("".join(chunks) == text, len(chunks))
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("café")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError")
os.remove(path)
os.rmdir(folder)
