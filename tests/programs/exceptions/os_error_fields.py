o = OSError(2, "No such file or directory")
print(o.errno, o.strerror, o.filename, str(o))
p = OSError("just a message")
print(p.errno, p.strerror, str(p))
q = OSError(13, "Permission denied", "/etc/shadow")
print(q.errno, q.strerror, q.filename, str(q))
r = OSError()
print(r.errno, repr(str(r)))
try:
    raise OSError(5, "Input/output error")
except OSError as err:
    print(f"{type(err).__name__}: errno={err.errno} {err}")
for errno in (1, 2, 4, 13, 17, 20, 21, 32, 110, 111, 999):
    err = OSError(errno, "message")
    print(errno, type(err).__name__, isinstance(err, OSError), err.errno)
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", None, "g", "extra")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as err:
    print("FileNotFoundError caught:", err)
