# Return statements: implicit None, early return, multiple values.
def nothing():
    pass

def bare():
    return

def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i * i > x:
            return i
    return None

def multi():
    return 1, [2], "three"

print(nothing(), bare(), early(-1), early(30), early(0), early(1))
a, b, c = multi()
print(a, b, c, multi())
def swap(pair):
    return pair[1], pair[0]
print(swap((1, 2)), swap("ab"))
def gen_list(n):
    return [i for i in range(n)] if n > 0 else []
print(gen_list(3), gen_list(0))
