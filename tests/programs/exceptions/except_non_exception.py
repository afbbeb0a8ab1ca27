# Catching something that is not an exception class is a TypeError (only checked when reached).
try:
    1 / 0
except ZeroDivisionError:
    print("first clause matched, the bad one never evaluated")
except 42:
    pass

try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    raise 5
except TypeError as e:
    print(e)

class NotAnError:
    pass

try:
    raise NotAnError()
except TypeError as e:
    print(e)
