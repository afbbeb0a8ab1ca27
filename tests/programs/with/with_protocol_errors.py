# Objects that are not context managers.
class NoExit:
    def __enter__(self):
        return self

class Nothing:
    pass

for obj in [NoExit(), Nothing(), 42]:
    try:
        with obj:
            print("never")
    except TypeError as e:
        print(e)

class ExitRaises:
    def __enter__(self):
        return "value"
    def __exit__(self, *args):
        raise RuntimeError("from exit")

try:
    with ExitRaises() as v:
        print(v)
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("exit must not run")

try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)
