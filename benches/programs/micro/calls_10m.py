# Ten million calls of a zero-argument global function from inside a function.
def answer():
    return 42


def call_many(n):
    total = 0
    for i in range(n):
        total = total + answer()
    return total


print(call_many(10000000))
