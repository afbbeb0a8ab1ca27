def gen(tag):
    try:
        yield tag
    finally:
        print("cleanup", tag)


_private = gen("private global")
next(_private)
public = gen("public global")
next(public)
holder = [gen("in a list")]
next(holder[0])
print("end of program")
