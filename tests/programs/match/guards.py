# Guards run after the pattern has matched and its names are bound; a failed guard moves
# on to the next case but leaves those names bound.

def sign(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int():
            return "positive"
        case _:
            return "not an int"


for n in [-5, 0, 7, "7"]:
    print(n, sign(n))

# The names of a case whose guard failed stay bound.
match [5, 2]:
    case [y, 2] if y > 10:
        print("unexpected")
    case _:
        print("after the failed guard, y =", y)

# A failed partial match binds nothing at all.
match [5, 2]:
    case [z, 1]:
        print("unexpected")
    case _:
        pass
try:
    print(z)
except NameError as error:
    print("NameError:", error)

# Guards are evaluated lazily, in order, and only when the pattern matched.
log = []


def check(label, result):
    log.append(label)
    return result


for value in [1, 2, "three"]:
    match value:
        case str() if check("str guard", True):
            print(value, "is text")
        case int(n) if check(f"odd guard {n}", n % 2 == 1):
            print(value, "is odd")
        case int(n) if check(f"even guard {n}", True):
            print(value, "is even")
print(log)

# Walrus operators in guards bind in the enclosing scope.
for value in [3, 30]:
    match value:
        case n if (double := n * 2) > 10:
            print(n, "doubles to", double, "(big)")
        case n:
            print(n, "doubles to", double, "(small)")

# A guard can use names from the whole pattern, including star captures and **rest.
for value in [{"op": "sum", "args": [1, 2, 3]}, {"op": "sum", "args": []}, {"op": "max", "args": [4, 9]}]:
    match value:
        case {"op": "sum", "args": [*numbers]} if numbers:
            print("sum", sum(numbers))
        case {"op": op, "args": [first, *others], **rest} if op == "max" and not rest:
            print("max", max(first, *others))
        case {"op": op}:
            print("cannot", op, "nothing")

# The subject is evaluated exactly once, before any case.
evaluations = []


def subject():
    evaluations.append("subject")
    return (1, 2)


match subject():
    case (1, 3):
        pass
    case (1, x) if x > 5:
        pass
    case (1, x):
        print("third case with x =", x)
print(evaluations)

# A guard that raises propagates out of the match.
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as error:
    print("guard raised:", error)
