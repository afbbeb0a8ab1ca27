# A small enum module in the style of the standard library's: a namespace from
# __prepare__ that tracks member names, members made with object.__new__ / int.__new__,
# lookup by value through the metaclass __call__, protection against reassignment.
class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []

    def __setitem__(self, key, value):
        is_descriptor = hasattr(value, "__get__")
        if not (key.startswith("_") or is_descriptor):
            if key in self._member_names:
                raise TypeError(f"Attempted to reuse key: {key!r}")
            self._member_names.append(key)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(mcls, cls, bases, **kwds):
        return _EnumDict()

    def __new__(mcls, cls, bases, classdict, **kwds):
        member_names = list(classdict._member_names)
        values = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in values}
        namespace["_member_names_"] = member_names
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        enum_class = super().__new__(mcls, cls, bases, namespace, **kwds)
        base = int if issubclass(enum_class, int) else object
        for name in member_names:
            value = values[name]
            if base is int:
                member = int.__new__(enum_class, value)
            else:
                member = object.__new__(enum_class)
            member._name_ = name
            member._value_ = value
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value):
        try:
            return cls._value2member_map_[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member.")
        super().__delattr__(name)


class Enum(metaclass=EnumType):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class IntEnum(int, Enum):
    def __str__(self):
        return str(self._value_)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(list(Color), len(Color), Color)
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color.favourite())
print(Color.BLUE.describe(), Color.RED in Color, 1 in Color)
print(list(reversed(Color)), list(Color.__members__))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color).__name__)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(Level.HIGH > Level.LOW, Level.LOW + 1, str(Level.HIGH), Level(10), sorted(Level))
print(isinstance(Level.LOW, int), Level.LOW == 10, [m.name for m in Level])
for action in [lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5),
               lambda: delattr(Color, "GREEN")]:
    try:
        action()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
Color.extra = "allowed"
print(Color.extra)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
