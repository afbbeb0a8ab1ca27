# __cause__, __context__, __suppress_context__ and re-raising.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + text) from e

try:
    parse("abc")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), "| context:", repr(e.__context__), "| cause:", e.__cause__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("caught", e)

try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__))
