# and/or return one of their operands and short-circuit.
def show(x):
    print("evaluated", repr(x))
    return x

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or {} or 0, "a" and "b" and "c")
print(None and show("never"), 0 or show("needed"))
print(show(0) and show(1))
print(show(1) or show(2))
print(show(1) and show(0) or show("fallback"))
print(not 0 and 5, not (0 and 5), not None, not [])
name = ""
print(name or "anonymous", len(name or "xyz"))
x = 15
print(x > 10 and x < 20, x < 10 or x > 12, not x > 10)
print((x > 0) + (x > 10) + (x > 20))
print([] and show("skip"), [1] and "nonempty")
