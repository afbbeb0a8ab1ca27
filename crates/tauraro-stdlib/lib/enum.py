"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Written for Tauraro after CPython 3.11's documented behaviour (member reprs such as
`<Color.RED: 1>`, `str()` of `Color.RED`, IntEnum and IntFlag formatting as their integer,
Flag composites such as `<Perm.R|W: 6>`, and the same errors). The metaclass EnumType turns
the class body's plain attributes into members when the class is created.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_enum",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]

_builtin_property = property


class _Auto:
    pass


_AUTO_VALUE = _Auto()


class auto:
    """A placeholder replaced by the next value (`_generate_next_value_`)."""

    def __init__(self, value=_AUTO_VALUE):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


# The `name`/`value` kind of attribute: looked up on members, not on the class.
property = _builtin_property


def _plain_function():
    pass


# Tauraro's builtin descriptor types do not expose __get__ yet, so they are named here.
_DESCRIPTOR_TYPES = (staticmethod, classmethod, _builtin_property, type(_plain_function),
                     type(len))


def _is_descriptor(value):
    if isinstance(value, _DESCRIPTOR_TYPES):
        return True
    kind = type(value)
    return (hasattr(kind, "__get__") or hasattr(kind, "__set__")
            or hasattr(kind, "__delete__"))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"
            and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_"
            and name[-2:-1] != "_")


def _is_private(class_name, name):
    prefix = "_%s__" % class_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bits(value):
    """The single-bit values set in `value`, lowest first."""
    found = []
    while value:
        low = value & -value
        found.append(low)
        value ^= low
    return found


class _FlagBoundary:
    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._name_.lower())


STRICT = _FlagBoundary("STRICT")
CONFORM = _FlagBoundary("CONFORM")
EJECT = _FlagBoundary("EJECT")
KEEP = _FlagBoundary("KEEP")


class FlagBoundary:
    """How Flag handles values with bits that are not members."""

    STRICT = STRICT
    CONFORM = CONFORM
    EJECT = EJECT
    KEEP = KEEP


class _MembersProxy:
    """The read-only name -> member mapping of `__members__`."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _data_type(bases):
    """The mixed-in data type (int, str, ...) of an enum class, or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                return base
    return object


def _enum_base(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """The metaclass of enumerations: creates the members and makes the class iterable,
    indexable by name and callable by value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        base_enum = _enum_base(bases)
        if base_enum is not None and base_enum._member_names_:
            raise TypeError("%s: cannot extend %r" % (cls, base_enum))
        member_type = _data_type(bases)
        members = []
        body = {}
        for name, value in classdict.items():
            if isinstance(value, nonmember):
                body[name] = value.value
            elif isinstance(value, member):
                members.append((name, value.value))
            elif (_is_dunder(name) or _is_sunder(name) or _is_private(cls, name)
                  or _is_descriptor(value) or isinstance(value, type)
                  and name == "__class__"):
                body[name] = value
            else:
                members.append((name, value))
        ignore = body.pop("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = [(name, value) for name, value in members if name not in ignore]
        body.pop("_order_", None)
        custom_new = None
        if _ENUM_DEFINED:
            # A __new__ in an enum body creates members; lookups by value (`Color(1)`) go
            # through EnumType.__call__ instead.
            custom_new = body.pop("__new__", None)
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_unhashable_values_", [])
        type.__setattr__(enum_class, "_member_type_", member_type)
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        type.__setattr__(enum_class, "_boundary_", boundary)
        type.__setattr__(enum_class, "_flag_mask_", 0)
        type.__setattr__(enum_class, "_all_bits_", 0)
        type.__setattr__(enum_class, "_inverted_", None)

        new_member = custom_new
        if new_member is None:
            for base in enum_class.__mro__[1:]:
                saved = base.__dict__.get("_new_member_")
                if saved is not None:
                    new_member = saved
                    break
        type.__setattr__(enum_class, "_new_member_", new_member)
        type.__setattr__(enum_class, "_use_args_", member_type is not object)

        generate = enum_class._generate_next_value_
        last_values = []
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _AUTO_VALUE:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, index, last_values[:])
                              if isinstance(v, auto) else v for v in value)
            enum_class._add_member(name, value, new_member)
            last_values.append(value)

        if base_enum is not None and member_type is not object:
            # The data type's repr/str/format would win by MRO order (IntEnum, int, ...);
            # members show the enum's unless this class or an enum base defines its own.
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                owner = None
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        owner = klass
                        break
                if owner is object or owner is member_type or not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, name, getattr(base_enum, name))

        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for name in enum_class._member_names_:
                bits |= enum_class._member_map_[name]._value_
            type.__setattr__(enum_class, "_flag_mask_", bits)
            type.__setattr__(enum_class, "_all_bits_",
                             (1 << bits.bit_length()) - 1 if bits else 0)
        return enum_class

    def _add_member(enum_class, name, value, new_member):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            instance = new_member(enum_class, *args)
        elif member_type is object:
            instance = object.__new__(enum_class)
        else:
            instance = member_type.__new__(enum_class, *args)
        if not hasattr(instance, "_value_"):
            if member_type is object:
                instance._value_ = value
            else:
                try:
                    instance._value_ = member_type(*args)
                except Exception:
                    instance._value_ = value
        value = instance._value_
        instance._name_ = name
        instance.__objclass__ = enum_class
        instance._sort_order_ = len(enum_class._member_names_)
        instance.__init__(*args)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is None:
            for existing_name in enum_class._member_names_:
                existing = enum_class._member_map_[existing_name]
                if existing._value_ == value:
                    canonical = existing
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if canonical is not None:
            instance = canonical
        elif is_flag and isinstance(value, int) and not _is_single_bit(value):
            # Multi-bit (and zero) flag values are named, but iteration shows only the bits.
            pass
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = instance
        try:
            enum_class._value2member_map_.setdefault(value, instance)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, instance)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return _lookup_member(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        if module is not None:
            classdict["__module__"] = module
        else:
            classdict["__module__"] = "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_ or (
                Flag is not None and issubclass(cls, Flag)
                and value._value_ & cls._flag_mask_ == value._value_)
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (builtin_type(value).__qualname__,
                               builtin_type(cls).__qualname__))
        return False

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__",
                 "__init_subclass__"}
        names.update(cls._member_names_)
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


builtin_type = type
EnumMeta = EnumType
Flag = None


_ENUM_DEFINED = False


def _lookup_member(cls, value):
    """`Color(1)`: the member with that value (or what `_missing_` makes of it)."""
    if builtin_type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and result is not None:
        return result
    if result is None:
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                    % (cls.__name__, result))


class Enum(metaclass=EnumType):
    """An enumeration: a class whose attributes are its only instances."""

    def __new__(cls, value):
        return _lookup_member(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = builtin_type(self)._value_repr_()
        return "<%s.%s: %s>" % (builtin_type(self).__name__, self._name_,
                                value_repr(self._value_))

    @classmethod
    def _value_repr_(cls):
        member_type = cls._member_type_
        if member_type is object:
            return repr
        method = member_type.__repr__
        return lambda value: method(value)

    def __str__(self):
        return "%s.%s" % (builtin_type(self).__name__, self._name_)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for klass in builtin_type(self).__mro__:
            if klass is Enum or klass is object:
                break
            if not isinstance(klass, EnumType):
                continue
            for name in klass.__dict__:
                if not name.startswith("_"):
                    names.add(name)
        for name in self.__dict__:
            if not name.startswith("_"):
                names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, protocol):
        return builtin_type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


_ENUM_DEFINED = True


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in data type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=CONFORM):
    """An enum whose members can be combined with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values) if last_values else 0
        try:
            return 2 ** (_high_bit(last) + 1)
        except TypeError:
            raise TypeError("invalid flag value %r" % last) from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        negative = value < 0
        if negative:
            value = all_bits + 1 + value
            if value < 0:
                value = value & all_bits
        boundary = cls._boundary_
        extra = value & ~flag_mask
        if extra:
            if boundary is STRICT:
                width = max(all_bits.bit_length(), value.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = value & flag_mask
        names = [m._name_ for m in cls._iter_members_in_order(known)]
        unknown = value & ~flag_mask
        if names or unknown:
            name = "|".join(names)
            if unknown:
                name = (name + "|" if name else "") + hex(unknown) if cls._member_type_ is \
                    object else (name + "|" if name else "") + str(unknown)
            pseudo._name_ = name
        else:
            pseudo._name_ = None
        try:
            return cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            return pseudo

    @classmethod
    def _iter_members_in_order(cls, value):
        """The canonical members whose bits are in `value`, in definition order."""
        found = []
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ and member._value_ & value == member._value_:
                found.append(member)
        return found

    def __contains__(self, other):
        if not isinstance(other, builtin_type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (builtin_type(other).__qualname__,
                               builtin_type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(builtin_type(self)._iter_members_in_order(self._value_))

    def __len__(self):
        return len(_bits(self._value_))

    def __repr__(self):
        cls_name = builtin_type(self).__name__
        value_repr = builtin_type(self)._value_repr_()
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = builtin_type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, builtin_type(self)):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return builtin_type(self)(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return builtin_type(self)(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return builtin_type(self)(self._value_ ^ other_value)

    def __invert__(self):
        cls = builtin_type(self)
        if cls._boundary_ is KEEP and cls._member_type_ is not object:
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(value, width):
    digits = bin(value)[2:].rjust(width, "0")
    return "0b0 " + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __or__(self, other):
        if isinstance(other, builtin_type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return builtin_type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, builtin_type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return builtin_type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, builtin_type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return builtin_type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = builtin_type(self)
        return cls(cls._flag_mask_ & ~self._value_)


def show_flag_values(value):
    """The powers of two that make up `value`, lowest first."""
    return _bits(value)


def unique(enumeration):
    """Class decorator: raises ValueError if any value has more than one name."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck:
    """The checks `verify` can run."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking the enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(m._value_ for m in enumeration))
                if values:
                    missing = [v for v in range(values[0], values[-1] + 1)
                               if v not in values]
                    if missing:
                        raise ValueError("invalid enum %r: missing values %s"
                                         % (enumeration.__name__,
                                            ", ".join(str(v) for v in missing)))
            else:
                raise NotImplementedError("not supported yet: enum.verify(NAMED_FLAGS)")
        return enumeration


def _global_enum_repr(self):
    module = builtin_type(self).__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def _global_flag_repr(self):
    module = builtin_type(self).__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, builtin_type(self).__name__, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    parts = []
    for name in self._name_.split("|"):
        keep_number = self._boundary_ is KEEP and name[0].isdigit()
        parts.append(name if keep_number else "%s.%s" % (module, name))
    return "|".join(parts)


def _global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (builtin_type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members are shown as module-level names (`__main__.RED`) and are
    added to the module's globals."""
    import sys
    if issubclass(cls, Flag):
        type.__setattr__(cls, "__repr__", _global_flag_repr)
    else:
        type.__setattr__(cls, "__repr__", _global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, "__str__", _global_str)
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls.__members__.items():
            setattr(module, name, member)
    return cls
