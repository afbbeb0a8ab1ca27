import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
print("printed", 42, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), s.readlines())
s = io.StringIO("line one\nline two\nline three")
print([line for line in s])
s.seek(0)
print(repr(s.read()), repr(s.read()))
s.seek(5)
s.write("ONE")
print(repr(s.getvalue()))
s.truncate(8)
print(repr(s.getvalue()))
with io.StringIO("ctx") as s2:
    print(s2.read())
print(s2.closed)
try:
    s2.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
lines = io.StringIO("a,b\nc,d\n")
print([row.rstrip("\n").split(",") for row in lines])
