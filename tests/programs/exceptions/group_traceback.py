def fail(n):
    raise ValueError(f"bad {n}")


errors = []
for n in range(3):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
try:
    raise inner
except ExceptionGroup as e:
    errors.append(e)
note = OSError("with a note")
note.add_note("remember this")
errors.append(note)
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise ZeroDivisionError("second")
except ZeroDivisionError as e:
    errors.append(e)
print("raising")
raise ExceptionGroup("several failures", errors)
