# module objects: attributes set from outside, del, getattr/hasattr, __dict__, __getattr__
import _greetings
import _lazy

_greetings.GREETING = "Howdy"
print(_greetings.greet("Eve"))
_greetings.added = [1, 2]
print(_greetings.added, hasattr(_greetings, "added"), getattr(_greetings, "nope", "default"))
del _greetings.added
print(hasattr(_greetings, "added"))
try:
    del _greetings.added
except AttributeError as e:
    print(e)
try:
    _greetings.missing
except AttributeError as e:
    print(e)
setattr(_greetings, "via_setattr", 7)
print(getattr(_greetings, "via_setattr"))
d = _greetings.__dict__
print(type(d).__name__, "greet" in d, "GREETING" in d, d["GREETING"], "_secret" in d)
print(_lazy.known, _lazy.computed_value, _lazy.other)
import sys
this = sys.modules[__name__]
print(this.__name__, this.module_level_value if hasattr(this, "module_level_value") else "not yet")
module_level_value = 5
print(this.module_level_value)
