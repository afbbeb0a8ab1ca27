def gen():
    try:
        yield 1
    finally:
        print("cleanup")
x = next(gen())
print("after", x)
def f():
    return 1
f()
print("end")
