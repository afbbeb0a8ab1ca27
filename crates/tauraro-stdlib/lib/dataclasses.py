"""Data classes: the @dataclass decorator, field(), fields(), asdict(), astuple(), replace().

Written for Tauraro after CPython 3.11's documented behaviour. CPython generates the
special methods as source text and compiles it; here they are closures over the class's
field list, and the generated `__init__` binds its arguments itself so that it raises the
same TypeErrors (`Point.__init__() missing 1 required positional argument: 'y'`).
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    """The type of MISSING: "no default was given"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: fields annotated after it are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class _ReadOnlyMapping:
    """A read-only view of a dict, shown as CPython shows a mappingproxy."""

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

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_EMPTY_METADATA = _ReadOnlyMapping({})


class InitVar:
    """Marks a pseudo-field that is passed to __init__ and __post_init__ but not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: its name, type, default and what it takes part in."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _ReadOnlyMapping(dict(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        set_name = getattr(type(self.default), "__set_name__", None)
        if set_name is not None:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: a default or default_factory, and whether it takes part in
    __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return (annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar"))
    try:
        import typing
    except ImportError:
        return False
    return annotation is typing.ClassVar or getattr(annotation, "__origin__", None) is \
        typing.ClassVar


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return False


def _class_annotations(cls):
    annotations = cls.__dict__.get("__annotations__")
    if annotations is None:
        return {}
    return annotations


def _make_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        made = default
    else:
        made = field(default=default)
    made.name = name
    made.type = annotation
    made._field_type = _FIELD
    if _is_classvar(annotation):
        made._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        made._field_type = _FIELD_INITVAR
    if made._field_type is not _FIELD:
        if made.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if made._field_type in (_FIELD, _FIELD_INITVAR):
        if made.kw_only is MISSING:
            made.kw_only = kw_only
    else:
        made.kw_only = False
    if (made._field_type is _FIELD and made.default is not MISSING
            and type(made.default).__hash__ is None):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(made.default), name))
    return made


def _plural_names(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, init_fields, frozen, has_post_init):
    """The generated __init__: binds positional and keyword arguments like a def with one
    parameter per init field would, then stores them."""
    qualname = cls.__qualname__ + ".__init__"
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    by_name = {}
    for f in init_fields:
        by_name[f.name] = f
    required_positional = sum(1 for f in positional
                              if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            most = len(positional) + 1
            given = len(args) + 1
            if required_positional == len(positional):
                counted = "%d positional argument%s" % (most, "" if most == 1 else "s")
            else:
                counted = "from %d to %d positional arguments" % (required_positional + 1,
                                                                 most)
            raise TypeError("%s() takes %s but %d %s given"
                            % (qualname, counted, given, "was" if given == 1 else "were"))
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, name))
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (qualname, name))
            values[name] = value
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _plural_names(missing)))
        missing = [f.name for f in keyword_only if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _plural_names(missing)))
        init_vars = []
        for f in all_fields:
            if f._field_type is _FIELD_CLASSVAR:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                init_vars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    all_fields = list(cls.__dict__[_FIELDS].values())
    __init__.__qualname__ = qualname
    return __init__


def _field_values(instance, selected):
    return tuple(getattr(instance, f.name) for f in selected)


def _make_repr(cls, repr_fields):
    qualname = cls.__qualname__ + ".__repr__"
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            parts = ["%s=%r" % (f.name, getattr(self, f.name)) for f in repr_fields]
        finally:
            active.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    __repr__.__qualname__ = qualname
    return __repr__


def _make_eq(cls, compare_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, compare_fields) == _field_values(other, compare_fields)
        return NotImplemented

    __eq__.__qualname__ = cls.__qualname__ + ".__eq__"
    return __eq__


def _make_order(cls, compare_fields, name):
    def compare(self, other):
        if other.__class__ is self.__class__:
            mine = _field_values(self, compare_fields)
            theirs = _field_values(other, compare_fields)
            if name == "__lt__":
                return mine < theirs
            if name == "__le__":
                return mine <= theirs
            if name == "__gt__":
                return mine > theirs
            return mine >= theirs
        return NotImplemented

    compare.__name__ = name
    compare.__qualname__ = cls.__qualname__ + "." + name
    return compare


def _make_hash(cls, hash_fields):
    def __hash__(self):
        return hash(_field_values(self, hash_fields))

    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
    __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Adds a generated method unless the class defines its own; True if it already did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    own_fields = []
    kw_only_now = kw_only
    seen_kw_only_marker = False
    for name, annotation in _class_annotations(cls).items():
        if _is_kw_only_marker(annotation):
            if seen_kw_only_marker:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            seen_kw_only_marker = True
            kw_only_now = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only_now))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in _class_annotations(cls):
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        init_fields = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        seen_default = None
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError("non-default argument %r follows default argument"
                                    % (f.name,))
            else:
                seen_default = f
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _make_init(cls, init_fields, frozen,
                                                       has_post_init))

    if repr:
        _set_new_attribute(cls, "__repr__",
                           _make_repr(cls, [f for f in field_list if f.repr]))

    compare_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(cls, compare_fields))

    if order:
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, name, _make_order(cls, compare_fields, name)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        names = tuple(f.name for f in field_list)
        setter, deleter = _make_frozen_methods(cls, names)
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(all_fields.values())

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in all_fields.values()
                                 if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init
                                 and not f.kw_only))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    elif weakref_slot:
        raise TypeError("weakref_slot is True but slots is False")
    return cls


def _type_text(annotation):
    """An annotation as inspect.signature shows it."""
    if isinstance(annotation, str):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation).replace("typing.", "")


def _signature_text(all_fields):
    """The `(x: int, y: int = 0)` of the generated __init__, as CPython's class __doc__."""
    params = []
    keyword_only = []
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        text = "%s: %s" % (f.name, _type_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        (keyword_only if f.kw_only else params).append(text)
    if keyword_only:
        params.append("*")
        params.extend(keyword_only)
    return "(%s)" % ", ".join(params)


def _add_slots(cls, frozen, weakref_slot):
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                  if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    slot_names = tuple(name for name in names if name not in inherited)
    if weakref_slot and "__weakref__" not in inherited:
        slot_names += ("__weakref__",)
    namespace["__slots__"] = slot_names
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


class _AnnotationProbe:
    probe: int


# Without class __annotations__ every dataclass would silently have no fields.
_CLASS_ANNOTATIONS = "__annotations__" in _AnnotationProbe.__dict__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, if asked, ordering, hashing and immutability)
    to a class from its annotated fields."""

    def wrap(cls):
        if not _CLASS_ANNOTATIONS:
            raise NotImplementedError("not supported yet: dataclasses (the interpreter does "
                                      "not record class __annotations__)")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or dataclass instance, in definition order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether `obj` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _copy_value(value):
    try:
        import copy
    except ImportError:
        return value
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(value, dict_factory) for value in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(value, dict_factory) for value in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(key, dict_factory), _asdict_inner(value, dict_factory))
                         for key, value in obj.items())
    return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's field values, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(value, tuple_factory) for value in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(value, tuple_factory) for value in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(key, tuple_factory),
                          _astuple_inner(value, tuple_factory)) for key, value in obj.items())
    return _copy_value(obj)


def replace(obj, /, **changes):
    """A new instance like `obj` with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name = item
            annotation = "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = annotation
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
