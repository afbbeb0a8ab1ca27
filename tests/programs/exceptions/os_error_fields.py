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
