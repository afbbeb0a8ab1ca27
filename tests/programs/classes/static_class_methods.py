# @staticmethod and @classmethod: alternative constructors that respect subclasses.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @staticmethod
    def is_valid(text):
        parts = text.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class Birthday(Date):
    pass


print(Date.from_string("2024-02-29"), Birthday.from_string("1815-12-10"))
print(Date.is_valid("2024-1-1"), Date.is_valid("x"), Date(1, 2, 3).is_valid("1-2-3"))
d = Date(2000, 1, 1)
print(d.from_string("1999-12-31"), type(Birthday(1, 1, 1).from_string("2-2-2")).__name__)
sm = Date.__dict__["is_valid"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__, sm.__func__("1-1-1"), cm.__func__(Date, "3-3-3"))
print(Date.from_string.__self__ is Date, Birthday.from_string.__self__ is Birthday)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls

    @staticmethod
    def size():
        return len(Registry.items)


Registry.register("a").register("b")
print(Registry.items, Registry.size(), Registry().size())
free = staticmethod(len)
print(free.__func__([1, 2]))
