# Failing assert deep in a call chain with a formatted message.
def check(v):
    assert v >= 0, f"negative value: {v!r}"
    return v

print([check(v) for v in [1, 0, 2]])
check(-5)
