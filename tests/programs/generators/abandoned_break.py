def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


for v in gen("module break"):
    break
print("after module break")


def first(tag):
    for v in gen(tag):
        return v


print(first("return in loop"), "after return")


def loop_break(tag):
    for v in gen(tag):
        if v:
            break
    print("loop_break continues")
    return v


print(loop_break("function break"))

for outer in range(2):
    for v in gen(f"nested {outer}"):
        break
    print("outer", outer)


def partial():
    total = 0
    for v in gen("else"):
        total += v
    else:
        print("exhausted", total)


partial()
