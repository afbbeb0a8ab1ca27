# return, break and continue across finally.
def f():
    try:
        return "try"
    finally:
        print("cleanup in f")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

def value_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f())
print(g())
print(h())
print(swallow())
print(value_before_finally())

def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise RuntimeError("boom")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append("outer except " + str(e))
    finally:
        log.append("outer finally")
    return log

print(nested())

def loop_with_except():
    total = 0
    for x in [1, 0, 2, 0, 3]:
        try:
            total += 10 // x
        except ZeroDivisionError:
            continue
        finally:
            total += 1
    return total

print(loop_with_except())
