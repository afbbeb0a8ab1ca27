# `x is None` and `x is not None` as conditions (the compiler fuses them into one branch):
# if/elif/while, negation, and/or chains, conditional expressions, comprehension filters,
# assignment expressions, chained comparisons, and objects whose __eq__ or __bool__ would
# give a different answer than identity.
class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __bool__(self):
        return False

    def __repr__(self):
        return "AlwaysEqual()"


values = [None, 0, "", [], False, AlwaysEqual(), 3]


def classify(value):
    if value is None:
        return "none"
    elif value is not None and not value:
        return "falsy"
    return "truthy"


print([classify(v) for v in values])
print([v for v in values if v is not None])
print(["N" if v is None else "-" for v in values])
print([not (v is None) for v in values], [v is None for v in values])
print([v is not None and v == 0 for v in values])
print([v is None or v == "" for v in values])


def walk(links):
    node = links
    steps = 0
    while node is not None:
        steps += 1
        node = node[1]
    return steps


chain = None
for i in range(5):
    chain = (i, chain)
print(walk(chain), walk(None))


def first_missing(items):
    for index, item in enumerate(items):
        if (found := item) is None:
            return index, found
    return None


print(first_missing([1, 2, None, 4]), first_missing([1]))
one = 1
print(None is None is None, one is None is None, None is values[0])
x = None
while x is None:
    x = "set"
print(x)
assert AlwaysEqual() is not None
try:
    assert x is None, "x is bound"
except AssertionError as exc:
    print("AssertionError:", exc)


def skip_nones(*args, default=None):
    out = []
    for arg in args:
        if arg is None:
            if default is not None:
                out.append(default)
            continue
        out.append(arg)
    return out


print(skip_nones(1, None, 2), skip_nones(None, 3, default=0))
