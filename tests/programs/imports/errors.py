# import errors carry CPython's messages and attributes
import sys

try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import _greetings.sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)

try:
    from _greetings import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (/")[0], e.name)

try:
    from sys import no_such_thing
except ImportError as e:
    print(e)

try:
    import _shapes.nothing_here
except ImportError as e:
    print(type(e).__name__, e)

try:
    from _shapes import nothing_here
except ImportError as e:
    print(str(e).split(" (/")[0])

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

try:
    import _broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(str(e), e.filename.endswith("_broken_syntax.py"))

for attempt in range(2):
    try:
        import _raises_on_import
    except ValueError as e:
        print("attempt", attempt, e, "_raises_on_import" in sys.modules)

print(isinstance(ModuleNotFoundError("x"), ImportError))
