# Capture patterns, the wildcard, as-patterns and group patterns.

def capture(x):
    match x:
        case (0 | 1) as bit:
            return f"bit {bit}"
        case [_, _] as pair:
            return f"pair {pair}"
        case [(a), (b as c), _]:
            return f"triple a={a} c={c}"
        case ((([inner]))):
            return f"single {inner}"
        case str() as text if len(text) > 3:
            return f"long text {text}"
        case anything:
            return f"anything {anything!r}"


for value in [0, 1, [1, 2], (3, 4), [5, 6, 7], [[8]], "words", "abc", 9.5, None]:
    print(capture(value))


match {"a": 1}:
    case _:
        print("the wildcard matches everything")

try:
    _
except NameError as error:
    print("the wildcard binds nothing:", error)

match (1, (2, 3)):
    case (first, (second, third) as rest) as whole:
        print(first, second, third, rest, whole)

# An as-pattern inside an or-pattern alternative.
for value in [[1, 2], (3,)]:
    match value:
        case ([x, _] as seq) | ((x,) as seq):
            print("x =", x, "seq =", seq)
