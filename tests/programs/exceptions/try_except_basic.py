# try/except/else/finally: which blocks run, in which order.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok", result)
        return result
    finally:
        print("finally", a, b)

print(divide(6, 3))
print(divide(1, 0))

for value in ["12", "x", None]:
    try:
        n = int(value)
    except ValueError:
        print("ValueError for", repr(value))
    except TypeError as err:
        print("TypeError:", err)
    else:
        print("parsed", n)

try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)

try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args)

try:
    raise ValueError
except Exception as e:
    print(repr(e), e.args, str(e) == "")
