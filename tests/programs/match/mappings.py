# Mapping patterns: dicts match; extra keys are ignored; **rest collects them in a new dict.

def config(x):
    match x:
        case {"type": "point", "x": x, "y": y}:
            return f"point ({x}, {y})"
        case {"type": "circle", "radius": r, **rest} if rest:
            return f"circle r={r} with {rest}"
        case {"type": "circle", "radius": r}:
            return f"plain circle r={r}"
        case {"type": other}:
            return f"unknown type {other!r}"
        case {}:
            return "a mapping without a type"
    return "not a mapping"


for value in [
    {"type": "point", "x": 1, "y": 2},
    {"x": 1, "type": "point", "y": 2, "z": 3},
    {"type": "circle", "radius": 5, "color": "red", "fill": True},
    {"type": "circle", "radius": 5},
    {"type": "square"},
    {"type": "point", "x": 1},
    {},
    {"other": 1},
    [("type", "point")],
    "type",
]:
    print(config(value))


# **rest is a copy: changing it does not change the subject.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"b": b, **rest}:
        rest["new"] = True
        print(b, rest, subject)

match subject:
    case {**everything}:
        print(everything, everything is subject, everything == subject)

# Keys compare by equality: 1, 1.0 and True find the same entry.
for key_dict in [{1: "one"}, {True: "true"}, {1.0: "float one"}]:
    match key_dict:
        case {1: v}:
            print("found", v)

# Keys may be value patterns.
class Keys:
    NAME = "name"
    AGE = "age"


match {"name": "ada", "age": 36, "lang": "en"}:
    case {Keys.NAME: name, Keys.AGE: age, **others}:
        print(name, age, others)

# Values are sub-patterns of any kind.
data = {"user": {"name": "bo", "roles": ["admin", "dev"]}, "id": 7}
match data:
    case {"user": {"name": str(name), "roles": [*_, "dev"] as roles}, "id": int(ident)}:
        print("dev user", name, roles, ident)

# A missing key fails the match and binds nothing.
match {"a": 1}:
    case {"a": first, "b": second}:
        print("unexpected")
    case {"a": 1 | 2 as only}:
        print("only", only)

# Keys holding None still count as present.
match {"k": None}:
    case {"k": None}:
        print("k is None")

# dict views and other containers are not mappings.
for value in [{"a": 1}.items(), [("a", 1)], {("a", 1)}]:
    match value:
        case {"a": 1}:
            print("mapping?!")
        case _:
            print(type(value).__name__, "is not a mapping")
