# Sequence patterns: lists, tuples and ranges match; str, bytes, dicts and sets do not.

def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [a, b]:
            return f"two: {a}, {b}"
        case (a, b, c):
            return f"three: {a}, {b}, {c}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {last} ({len(middle)} between)"
        case [*init, last]:
            return f"init={init} last={last}"
    return "not a sequence"


for value in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3], list(range(8)), [1, 2, 3, 4],
              range(0), range(3), range(10, 60, 10), "", "ab", b"ab", {"a": 1}, {1, 2}, 7]:
    print(repr(value), "->", shape(value))


def stars(x):
    match x:
        case [*_]:
            pass
    match x:
        case [*everything]:
            print("  everything:", everything)
    match x:
        case [first, *_]:
            print("  first:", first)
    match x:
        case [*_, last]:
            print("  last:", last)
    match x:
        case [a, *_, b, c]:
            print("  a b c:", a, b, c)
    match x:
        case [*head, 9]:
            print("  ends with 9 after", head)


for value in [[1, 2, 3, 9], (4,), [], range(5)]:
    print(repr(value))
    stars(value)


# Nested sequences and literals inside sequences.
def nested(x):
    match x:
        case [[1, y], [z, 2]]:
            return ("ones and twos", y, z)
        case [(0, 0), *points]:
            return ("starts at origin", points)
        case [[*xs], [*ys]] if len(xs) == len(ys):
            return ("same lengths", xs, ys)
        case [[*xs], [*ys]]:
            return ("different lengths", xs, ys)
    return None


for value in [[[1, 5], [6, 2]], [(0, 0), (1, 1), (2, 2)], [[1, 2], [3, 4]], [[1], [2, 3]],
              [[1, 5], [6, 3]], [(0, 0)]]:
    print(nested(value))

# Star captures are always lists, even from tuples and ranges.
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)
match range(4):
    case [*rest, last]:
        print(type(rest).__name__, rest, last)
