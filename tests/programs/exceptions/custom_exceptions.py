# User-defined exception classes, args, str/repr, hierarchy matching.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key

class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))

def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]

table = {"a": 1}
for key in ["a", "b"]:
    try:
        print(lookup(table, key))
    except AppError as e:
        print(type(e).__name__, e, e.key, e.args)

try:
    raise Invalid(1, 2, "x")
except NotFound:
    print("wrong")
except AppError as e:
    print(e, repr(e), isinstance(e, Exception), isinstance(e, Invalid))

print(issubclass(NotFound, AppError), issubclass(NotFound, LookupError))
e = NotFound("k")
print(e.args, str(e), repr(e))
print(repr(Exception()), repr(Exception(1)), repr(Exception(1, "two")))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
