# Explicit raise of a builtin exception.
def parse_age(text):
    n = int(text)
    if n < 0:
        raise ValueError("age cannot be negative: " + text)
    return n

print(parse_age("30"))
parse_age("-4")
