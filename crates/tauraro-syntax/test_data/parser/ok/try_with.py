try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    pass
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open(f) as fp, lock:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a as (b, c):
    pass
