e = ValueError("bad value")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, e.__dict__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)


def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note(f"while parsing {text!r}")
        raise


try:
    parse("abc")
except ValueError as err:
    print(err.__notes__)

final = KeyError("missing")
final.add_note("look in the config file")
final.add_note("or set the environment variable")
raise final
