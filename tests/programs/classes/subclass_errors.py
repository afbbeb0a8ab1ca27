# Bases CPython refuses, and the errors of builtin __new__ methods.
for bases in [(bool,), (list, dict), (int, str), (range,), (int, Exception), (slice,)]:
    try:
        type("Bad", bases, {})
        print("created", bases)
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


try:
    object.__new__(L)
except TypeError as e:
    print("TypeError:", e)
for args in [(), (5,), (str,), (L,)]:
    try:
        int.__new__(*args)
    except TypeError as e:
        print("TypeError:", e)
print(int.__new__(int, "7"), tuple.__new__(tuple, "ab"), type(list.__new__(L)).__name__)
print(str.__new__(str, 5), float.__new__(float, "1.5"))


class Ok(int, object):
    pass


class AlsoOk(Ok):
    pass


print(AlsoOk(5) + 1, [c.__name__ for c in AlsoOk.__mro__])
try:
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)


class N(int):
    pass


try:
    N("x")
except ValueError as e:
    print("ValueError:", e)
