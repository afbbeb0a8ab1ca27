# Closing an abandoned generator whose cleanup raises prints "Exception ignored in:
# <generator object ... at 0x...>" on stderr (an address, so not compared here); the
# program itself goes on. These generators clean up without raising.
def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("closing quietly")
        return


q = quiet()
next(q)
del q
print("after quiet")


def handled():
    try:
        yield 1
    finally:
        try:
            raise ValueError("inside cleanup")
        except ValueError as e:
            print("handled in cleanup:", e)


h = handled()
next(h)
h = None
print("after handled")


def value_on_close():
    try:
        yield 1
    finally:
        return "ignored"


v = value_on_close()
next(v)
del v
print("done")
