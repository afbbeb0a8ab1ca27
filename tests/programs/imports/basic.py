# import, import as, from-import, module state shared between importers
import _greetings
import _greetings as g2
from _greetings import greet, GREETING as word, Greeter
import sys

print(_greetings is g2)
print(greet("Ada"), word)
print(_greetings.greet("Bob"))
print("calls seen by the module:", _greetings.call_count)
print(Greeter("Oh,").say("Cy"))
print(_greetings.__name__, __name__)
print(sys.modules["_greetings"] is _greetings)
print("_greetings" in sys.modules, "_not_loaded" in sys.modules)
print(_greetings.__file__.endswith("_greetings.py"))
print(_greetings.__doc__)
import _greetings  # a second import does not run the module again
print(type(_greetings).__name__)
print(repr(_greetings).startswith("<module '_greetings' from '"))


def uses_module():
    import _greetings as inner
    return inner.greet("Dee")


print(uses_module(), _greetings.call_count)
