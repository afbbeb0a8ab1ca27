# The `as` name is deleted at the end of the except clause.
try:
    raise ValueError("v")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

def f():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as problem:
        return "unbound: " + str(problem)

print(f())
