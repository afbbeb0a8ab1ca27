# Where captured names go: locals, cells of closures, globals, class namespaces, and
# generators; and what stays bound after a match.

def local_and_closure(value):
    match value:
        case {"name": name, "age": age} if age >= 18:
            status = "adult"
        case {"name": name}:
            age = None
            status = "minor or unknown"

    def show():
        return f"{name} ({age}): {status}"

    return show()


print(local_and_closure({"name": "ann", "age": 30}))
print(local_and_closure({"name": "bob", "age": 3}))
print(local_and_closure({"name": "cy"}))

# Module-level captures are globals.
match {"x": 1, "y": 2, "z": 3}:
    case {"x": gx, **grest}:
        pass


def read_globals():
    return gx, grest


print(read_globals())

# Inside a function, `global` and `nonlocal` declarations apply to captures.
def set_global(value):
    global from_function
    match value:
        case [from_function, *_]:
            pass


set_global([42, 43])
print(from_function)


def counter():
    last = None

    def feed(value):
        nonlocal last
        match value:
            case int(last):
                pass
        return last

    return feed


feed = counter()
print(feed(1), feed("ignored"), feed(3))

# Captures in a class body become class attributes.
class Config:
    match ("localhost", 8080):
        case (host, port):
            address = f"{host}:{port}"


print(Config.host, Config.port, Config.address)

# A capture rebinding the variable that holds the subject does not change the subject the
# following cases test.
value = [1, [2, 3]]
match value:
    case [1, value] if len(value) > 5:
        print("unexpected")
    case [1, [2, 3]]:
        print("the subject was evaluated once; value is now", value)


# Generators.
def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                continue
            case int(n):
                yield n * 10
            case str(s):
                yield s.upper()
            case [*xs]:
                yield from xs
            case None:
                return


print(list(tokens([1, -2, "ab", [7, 8], 3, None, 99])))

# Comprehensions can call functions that match.
def first_or_none(x):
    match x:
        case [first, *_]:
            return first
    return None


print([first_or_none(v) for v in [[1, 2], [], (3,), "abc"]])

# An unbound name after a match that did not bind it.
def maybe_bind(flag):
    match flag:
        case True:
            result = "bound"
        case False:
            pass
    return result


print(maybe_bind(True))
try:
    maybe_bind(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error)
