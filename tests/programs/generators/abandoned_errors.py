def boom():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


b = boom()
next(b)
del b
print("program continues")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
s = None
print("still running")


def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("closing quietly")
        return


q = quiet()
next(q)
del q
print("done")
