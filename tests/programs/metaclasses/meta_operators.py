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
