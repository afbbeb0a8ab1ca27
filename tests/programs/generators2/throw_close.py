# throw() into a generator, handled and unhandled; close() and GeneratorExit.
def worker():
    while True:
        try:
            item = yield "ready"
            print("processing", item)
        except ValueError as e:
            print("worker recovered from", repr(e))
            yield "recovered"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad item")))
print(next(w))
print(w.throw(ValueError))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(w)
except StopIteration:
    print("worker is finished")

def cleanup_gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs on close")

c = cleanup_gen()
print(next(c))
c.close()
print(list(c))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def fresh():
    print("never printed")
    yield

f = fresh()
try:
    f.throw(IndexError("early"))
except IndexError as e:
    print("thrown before start:", e)
print(list(f))
f2 = fresh()
f2.close()
print(list(f2))
