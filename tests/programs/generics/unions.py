# int | str and friends: types.UnionType.
u = int | str
print(u, repr(u), type(u), type(u).__name__, u.__args__)
print(int | None, None | int, int | str | None, (int | str) | (float | None))
print(int | int, int | int is int, str | str | str)
print(int | str == str | int, (int | str) == (int | float), hash(int | str) == hash(str | int))
print(list[int] | None, int | list[str], (int | None).__args__)

for value in [1, "a", 2.5, None, [1], True]:
    print(repr(value), isinstance(value, int | str), isinstance(value, int | None),
          isinstance(value, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))


class A:
    pass


class B(A):
    pass


print(A | B, isinstance(B(), A | int), isinstance(A(), B | int))
print(len((int | str | float).__args__), (A | None).__args__)

# Unions are accepted where isinstance takes a tuple of types.
checks = {"number": int | float, "text": str | bytes}
for value in [3, 4.5, "s", b"b", []]:
    kinds = [name for name, kind in checks.items() if isinstance(value, kind)]
    print(repr(value), kinds)
try:
    3 | int
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
