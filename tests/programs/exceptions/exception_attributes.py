e = ValueError("x")
e.extra = 1
e.code_point = [1, 2]
print(e.extra, e.code_point, e.__dict__)
del e.extra
print(e.__dict__, hasattr(e, "extra"))
k = KeyError("key")
k.context_info = {"table": "users"}
print(k, k.context_info)
try:
    raise TypeError("bad") from None
except TypeError as err:
    err.handled = True
    print(err.handled, err.__suppress_context__, vars(err))


class Slotted(Exception):
    __slots__ = ("a",)


s = Slotted()
s.a = 1
s.b = 2
print(s.a, s.b)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(str(KeyError("k")), repr(str(KeyError())), str(KeyError(1, 2)), repr(KeyError("k")))
print(str(KeyError(("a", 1))), str(KeyError(None)))
