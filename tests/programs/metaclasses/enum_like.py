# An enum-like metaclass: members collected from the class body, iteration, len,
# membership, indexing by name, and a __members__ property.
class Member:
    def __init__(self, owner, name, value):
        self.owner, self.name, self.value = owner, name, value

    def __repr__(self):
        return f"<{self.owner}.{self.name}: {self.value}>"


class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {}
        for key, value in list(ns.items()):
            if not key.startswith("_") and isinstance(value, int):
                members[key] = value
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._members = {}
        for key, value in members.items():
            member = Member(name, key, value)
            cls._members[key] = member
            setattr(cls, key, member)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, item):
        return item in cls._members.values()

    def __getitem__(cls, name):
        return cls._members[name]

    def __reversed__(cls):
        return reversed(list(cls._members.values()))

    @property
    def __members__(cls):
        return dict(cls._members)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __bool__(cls):
        return True


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


class Empty(metaclass=EnumMeta):
    pass


print(list(Color))
print(len(Color), len(Empty))
print(Color.RED in Color, 5 in Color)
print(Color["GREEN"], Color["GREEN"] is Color.GREEN)
print(list(Color.__members__))
print(repr(Color), str(Color), Color)
print([m.name for m in Color if m.value > 1])
print(bool(Empty), sorted(m.value for m in Color))
print(dict(zip(Color.__members__, Color)))
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
print(max(Color, key=lambda m: m.value))
a, b, c = Color
print(a.name, b.name, c.name)
