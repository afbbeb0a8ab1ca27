g = ExceptionGroup("many", [ValueError(1), KeyError(2), TypeError("t")])
print(g.message, g.exceptions, g.args[0], len(g.args[1]))
print(str(g), repr(g))
match, rest = g.split(ValueError)
print(match, match.exceptions, rest, rest.exceptions)
print(g.subgroup((KeyError, TypeError)).exceptions)
print(g.subgroup(OSError))
print(g.subgroup(Exception) is g)
print(g.split(lambda e: isinstance(e, KeyError)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
vm, vr = nested.split(ValueError)
print(vm, vm.exceptions, vr, vr.exceptions)
print(vm.exceptions[1].exceptions, vr.exceptions[0].exceptions)
derived = g.derive([ZeroDivisionError()])
print(type(derived).__name__, derived.message, derived.exceptions)
b = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b).__name__, b.exceptions)
note_group = ExceptionGroup("noted", [ValueError(1), KeyError(2)])
note_group.add_note("a note")
print(note_group.subgroup(KeyError).__notes__)
for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    g.subgroup(5)
except TypeError as err:
    print("TypeError", err)
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as caught:
    print("caught", caught.exceptions)
