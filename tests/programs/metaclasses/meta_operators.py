# Operators on classes dispatch to the metaclass: |, ==, hash, bool, call, str.
class Flags(type):
    def __or__(cls, other):
        if isinstance(other, Flags):
            return f"{cls.__name__}|{other.__name__}"
        return NotImplemented

    def __ror__(cls, other):
        return f"{other!r}|{cls.__name__}"

    def __len__(cls):
        return len(cls.__name__)

    def __str__(cls):
        return "Flags:" + cls.__name__


class Read(metaclass=Flags):
    pass


class Write(metaclass=Flags):
    pass


print(Read | Write, 5 | Read, str(Read), repr(Read).startswith("<class"))
print(f"{Write}", len(Write), bool(Read))
print(int | Read)


class Falsy(type):
    def __bool__(cls):
        return False


class Nothing(metaclass=Falsy):
    pass


print(bool(Nothing), "yes" if Nothing else "no", not Nothing)


class Ranked(type):
    def __lt__(cls, other):
        return cls.rank < other.rank


class Low(metaclass=Ranked):
    rank = 1


class High(metaclass=Ranked):
    rank = 5


print(Low < High, High < Low, [c.__name__ for c in sorted([High, Low])])
print(Low == Low, Low != High, hash(Low) == hash(Low), {Low: 1}[Low])


# Item assignment, deletion and unary operators on classes go to the metaclass too.
class Store(type):
    def __setitem__(cls, key, value):
        cls.data[key] = value

    def __delitem__(cls, key):
        del cls.data[key]

    def __getitem__(cls, key):
        return cls.data[key]

    def __neg__(cls):
        return f"-{cls.__name__}"

    def __invert__(cls):
        return sorted(cls.data)


class Box(metaclass=Store):
    data = {}


Box["a"] = 1
Box["b"] = 2
del Box["a"]
print(Box["b"], ~Box, -Box, Box.data)
for action in [lambda: Read.__setitem__, lambda: -Read, lambda: +Box, lambda: -int]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Read["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Read["x"]
except TypeError as e:
    print("TypeError:", e)
# The wording of item-deletion errors depends on the key and on the object's type.
class Plain:
    pass


class M(type):
    pass


class B(metaclass=M):
    pass


cases = [(Plain(), 0), (Plain(), "x"), ((1,), "x"), ((1,), 0), (Plain(), True), (Plain(), 1.5),
         ("s", 0), ("s", "k"), (1, 0), (int, 0), (Plain, 0), (B, 0), (B, "x"), (Plain, "x")]
for obj, key in cases:
    try:
        del obj[key]
    except TypeError as e:
        print(e)
