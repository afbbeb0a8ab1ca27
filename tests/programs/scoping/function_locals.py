# Each call gets fresh locals; parameters are locals.
def f(a):
    b = a * 2
    if a > 0:
        c = "positive"
    else:
        c = "non-positive"
    return a, b, c

print(f(1), f(-1), f(0))
def recursive_locals(n, acc):
    local = n * 10
    if n == 0:
        return acc
    acc.append(local)
    result = recursive_locals(n - 1, acc)
    acc.append(local + 1)
    return result
print(recursive_locals(3, []))
def uses_later_global():
    return later
later = "defined after the function"
print(uses_later_global())
def conditional_define(flag):
    if flag:
        v = 1
    return flag and v
print(conditional_define(True), conditional_define(False))
