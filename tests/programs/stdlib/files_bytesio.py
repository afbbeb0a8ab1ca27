import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(b"\x00\xff"), b.tell())
print(b.getvalue())
b.seek(1)
print(b.read(2), b.read(), b.read())
b = io.BytesIO(b"line1\nline2\nlast")
print(b.readline(), b.readlines())
b.seek(0)
print(list(b))
b.seek(2)
b.write(b"NE")
print(b.getvalue())
b.seek(0, 2)
print(b.tell())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
with io.BytesIO(b"x") as c:
    print(c.read())
print(c.closed)
