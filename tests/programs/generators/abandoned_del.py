def gen(tag):
    try:
        yield tag
    finally:
        print("cleanup", tag)


g = gen("global del")
next(g)
del g
print("after global del")

g = gen("global rebind")
next(g)
g = None
print("after global rebind")


def local():
    g = gen("local del")
    next(g)
    del g
    print("after local del")
    h = gen("local at return")
    next(h)
    print("returning")


local()
print("after local")

never_started = gen("never started")
del never_started
print("unstarted generators have nothing to clean")


def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
print("plain generator dropped")
