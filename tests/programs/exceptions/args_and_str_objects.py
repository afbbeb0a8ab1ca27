# Exception args built from the constructor's and __init__'s arguments, and str() of an
# exception: the message object itself for one plain str argument, the formatted text for
# KeyError, OSError, groups and several arguments.
class Wrapped(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value}")
        self.field = field


class Narrower(Wrapped):
    pass


class Plain(Exception):
    pass


class Text(str):
    pass


samples = (
    Wrapped("x", 1),
    Narrower("y", 2),
    Plain(),
    Plain(1),
    Plain("m"),
    Plain("m", 2),
    Plain(Text("sub")),
    ValueError("v"),
    KeyError("k"),
    OSError(2, "nf"),
    OSError("plain"),
    FileNotFoundError(2, "x", "f.txt"),
    ExceptionGroup("group", [ValueError("x")]),
)
for exc in samples:
    print(type(exc).__name__, exc.args, str(exc), repr(exc), exc.__str__(), type(str(exc)).__name__)
message = "message"
error = Plain(message)
print(str(error) is message, error.__str__() is message, error.args[0] is message)
try:
    raise Narrower("q", 3)
except Wrapped as caught:
    print(caught, caught.args, caught.field)


class Noisy(Exception):
    def __del__(self):
        pass


again = Noisy(Noisy("inner"))
again.__init__("again")
print(again.args, str(again))
again.__init__()
print(again.args, repr(str(again)))
