"""Type hints: the typing module's special forms, generic aliases, TypeVar, Generic,
Protocol, NamedTuple, TypedDict, NewType and the runtime helpers (cast, overload,
get_type_hints, get_origin, get_args).

Written for Tauraro after CPython 3.11's documented behaviour: subscripting gives alias
objects whose reprs match CPython's (`typing.List[int]`, `typing.Optional[str]`,
`typing.Callable[[int], str]`), unsubscripted aliases work with isinstance() and
subscripted ones refuse it, and nothing is checked at run time beyond that.
"""

import abc as _abc
import sys as _sys

__all__ = [
    "Annotated", "Any", "AnyStr", "Callable", "ClassVar", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "TypeVarTuple", "Unpack", "Concatenate", "Tuple", "Type", "TypeVar", "Union",
    "AbstractSet", "ByteString", "Container", "Collection", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "AsyncGenerator", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
    "SupportsInt", "SupportsRound", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO",
    "IO", "Match", "Pattern", "TextIO", "cast", "final", "get_args", "get_origin",
    "get_type_hints", "NewType", "no_type_check", "no_type_check_decorator", "NoReturn",
    "Never", "overload", "runtime_checkable", "Text", "TYPE_CHECKING", "LiteralString",
    "Self", "TypeAlias", "TypeGuard", "assert_never", "assert_type", "reveal_type",
    "Required", "NotRequired", "dataclass_transform", "get_overloads", "clear_overloads",
]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How an argument appears inside an alias's repr: `int`, `__main__.Point`, `~T`."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _function():
    pass


_FunctionType = type(_function)


def _type_check(arg, message):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (_SpecialForm,)) and arg._name in ("ClassVar", "Final", "Generic",
                                                           "Protocol"):
        raise TypeError("Plain %s is not valid as type argument" % arg)
    if isinstance(arg, (tuple, list)) or not callable(arg) and not isinstance(
            arg, (_BaseAlias, TypeVar, ForwardRef, _SpecialForm, ParamSpec)):
        if arg is not ... and not isinstance(arg, (int, str, bytes, bool)):
            raise TypeError("%s Got %.100r." % (message, arg))
    return arg


class ForwardRef:
    """A type written as a string, resolved later by get_type_hints()."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _Final:
    """Objects of typing that cannot be subclassed."""

    __slots__ = ()

    def __init_subclass__(cls, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal...: subscripted by their own rules."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _flatten_union(parameters):
    flat = []
    for parameter in parameters:
        if isinstance(parameter, _UnionGenericAlias):
            flat.extend(parameter.__args__)
        else:
            flat.append(parameter)
    unique = []
    for parameter in flat:
        if not any(_same_parameter(parameter, seen) for seen in unique):
            unique.append(parameter)
    return tuple(unique)


def _same_parameter(left, right):
    if isinstance(left, type) or isinstance(right, type):
        return left is right
    try:
        return left == right
    except Exception:
        return left is right


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(form, parameters, name="Optional")
    return _UnionGenericAlias(form, parameters)


def _optional_getitem(form, parameter):
    arg = _type_check(parameter, "%s requires a single type." % form)
    return Union[arg, type(None)]


def _literal_getitem(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for parameter in parameters:
        if not any(parameter == seen and type(parameter) is type(seen) for seen in unique):
            unique.append(parameter)
    return _LiteralGenericAlias(form, tuple(unique))


def _single_type_getitem(form, parameter):
    item = _type_check(parameter, "%s accepts only single type." % form._name)
    return _GenericAlias(form, (item,))


def _annotated_getitem(form, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(parameters[0], tuple(parameters[1:]))


def _type_guard_getitem(form, parameter):
    return _GenericAlias(form, (_type_check(parameter, "%s accepts only single type."
                                            % form._name),))


Union = _SpecialForm("Union", "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm("Optional", "Optional[X] is equivalent to Union[X, None].",
                        _optional_getitem)
Literal = _SpecialForm("Literal", "Literal values.", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", "A class variable.", _single_type_getitem)
Final = _SpecialForm("Final", "A name that cannot be re-assigned.", _single_type_getitem)
NoReturn = _SpecialForm("NoReturn", "A function that never returns.")
Never = _SpecialForm("Never", "The bottom type.")
Self = _SpecialForm("Self", "The current enclosed class.")
LiteralString = _SpecialForm("LiteralString", "Literal string type.")
TypeAlias = _SpecialForm("TypeAlias", "An explicit type alias.")
TypeGuard = _SpecialForm("TypeGuard", "A user-defined type guard.", _type_guard_getitem)
Required = _SpecialForm("Required", "A required TypedDict key.", _single_type_getitem)
NotRequired = _SpecialForm("NotRequired", "A potentially missing TypedDict key.",
                           _single_type_getitem)


def _concatenate_getitem(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable "
                        "or ellipsis.")
    return _ConcatenateGenericAlias(form, parameters)


def _unpack_getitem(form, parameter):
    return _UnpackGenericAlias(form, (parameter,))


Concatenate = _SpecialForm("Concatenate", "Concatenate[X, P].", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", "Unpacks a TypeVarTuple.", _unpack_getitem)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass typing.Annotated")


class TypeVar:
    """A type variable: `T = TypeVar('T')`, shown as `~T` (`+T` covariant, `-T`
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = None if bound is None else _type_check(
            bound, "Bound must be a type.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpecArgs:
    """`P.args` of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((id(self.__origin__), "args"))


class ParamSpecKwargs:
    """`P.kwargs` of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((id(self.__origin__), "kwargs"))


class ParamSpec:
    """A parameter specification variable, shown as `~P`."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class TypeVarTuple:
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`, unpacked as `*Ts`."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True)
for _variable in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _variable.__module__ = "typing"


def _collect_parameters(args):
    parameters = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec)):
            if not any(arg is seen for seen in parameters):
                parameters.append(arg)
        else:
            for inner in getattr(arg, "__parameters__", ()):
                if not any(inner is seen for seen in parameters):
                    parameters.append(inner)
    return tuple(parameters)


class _BaseAlias:
    """What every typing alias shares: an origin, isinstance() rules and calling."""

    def __init__(self, origin, name=None, inst=True):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        index = list(bases).index(self)
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            if self.__origin__ is Generic and Protocol in bases:
                return ()
            for base in bases[index + 1:]:
                if isinstance(base, _BaseAlias) and base is not self:
                    return ()
            return (self.__origin__,)
        result = []
        if self.__origin__ not in bases:
            result.append(self.__origin__)
        for base in bases[index + 1:]:
            if isinstance(base, _BaseAlias) or (isinstance(base, type)
                                                and issubclass(base, Generic)):
                break
        else:
            result.append(Generic)
        return tuple(result)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_BaseAlias):
    """An unsubscripted alias of a class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, name=name, inst=inst)
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        message = "Parameters to generic types must be types."
        params = tuple(_type_check(p, message) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance "
                            "checks")
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _GenericAlias(_BaseAlias):
    """A subscripted alias: List[int], Dict[str, int], Box[T]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, name=name, inst=inst)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (_same_parameter(self.__origin__, other.__origin__)
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(args) > len(self.__parameters__) else "few",
                               self, len(args), len(self.__parameters__)))
        substitution = list(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(arg, substitution) for arg in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (name, args)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        origin = self.__dict__.get("__origin__")
        if origin is not None:
            return getattr(origin, attr)
        raise AttributeError(attr)


def _substitute(arg, substitution):
    for variable, value in substitution:
        if arg is variable:
            return value
    inner = getattr(arg, "__parameters__", None)
    if inner and isinstance(arg, _GenericAlias):
        return arg.copy_with(tuple(_substitute(a, substitution) for a in arg.__args__))
    return arg


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name=name or "Union")

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return (all(any(_same_parameter(a, b) for b in other.__args__) for a in self.__args__)
                and all(any(_same_parameter(a, b) for b in self.__args__)
                        for a in other.__args__))

    def __hash__(self):
        return hash(frozenset(id(a) if isinstance(a, type) else a for a in self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return any(isinstance(obj, _runtime_class(arg)) for arg in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, _runtime_class(arg)) for arg in self.__args__)


def _runtime_class(arg):
    if isinstance(arg, _GenericAlias):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")
    if isinstance(arg, _SpecialGenericAlias):
        return arg.__origin__
    return arg


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, name="Literal")
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _ConcatenateGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, name="Concatenate")


class _UnpackGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, name="Unpack")

    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name="Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(m) for m in self.__metadata__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(
                args[0], (ParamSpec, _ConcatenateGenericAlias))):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ... or isinstance(args, (ParamSpec, _ConcatenateGenericAlias)):
            flat = (args, result)
        elif isinstance(args, (list, tuple)):
            flat = tuple(args) + (result,)
        else:
            flat = (args, result)
        return _CallableGenericAlias(self.__origin__, flat, name="Callable", inst=True)

    def __instancecheck__(self, obj):
        return callable(obj)

    def __subclasscheck__(self, cls):
        return any("__call__" in klass.__dict__ for klass in cls.__mro__)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            items = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.")
                          for p in params[:-1])
            return _GenericAlias(tuple, items + (...,), name="Tuple", inst=False)
        items = tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                      for p in params)
        return _GenericAlias(tuple, items, name="Tuple", inst=False)


class _TypeType(_SpecialGenericAlias):
    pass


def _abstract_class(name, methods, registered=(), module="collections.abc"):
    """A duck-typed ABC for the typing aliases, used when collections.abc is missing."""

    def hook(cls, subclass):
        if cls is not holder[0]:
            return NotImplemented
        for method in methods:
            if not any(method in klass.__dict__ and klass.__dict__[method] is not None
                       for klass in subclass.__mro__):
                return NotImplemented
        return True

    namespace = {"__subclasshook__": classmethod(hook), "__module__": module}
    cls = _abc.ABCMeta(name, (), namespace)
    holder = [cls]
    for kind in registered:
        if isinstance(kind, type):
            cls.register(kind)
    return cls


def _generator():
    yield


try:
    import collections.abc as _collections_abc
except ImportError:
    _collections_abc = None

# Duck-typed stand-ins (required methods, registered classes) for the names
# collections.abc does not provide here.
_GeneratorType = type(_generator())
_duck_specs = {
    "Hashable": (("__hash__",), ()),
    "Awaitable": (("__await__",), ()),
    "Coroutine": (("__await__", "send", "throw", "close"), ()),
    "AsyncIterable": (("__aiter__",), ()),
    "AsyncIterator": (("__aiter__", "__anext__"), ()),
    "Iterable": (("__iter__",), ()),
    "Iterator": (("__iter__", "__next__"), ()),
    "Reversible": (("__reversed__", "__iter__"), ()),
    "Sized": (("__len__",), ()),
    "Container": (("__contains__",), ()),
    "Collection": (("__len__", "__iter__", "__contains__"), ()),
    "Callable": (("__call__",), ()),
    # The rest have no single telling method: only the registered builtins match.
    "Set": (("__never__",), (set, frozenset)),
    "MutableSet": (("__never__",), (set,)),
    "Mapping": (("__never__",), (dict,)),
    "MutableMapping": (("__never__",), (dict,)),
    "Sequence": (("__never__",), (list, tuple, str, range, bytes)),
    "MutableSequence": (("__never__",), (list,)),
    "ByteString": (("__never__",), (bytes, bytearray)),
    "MappingView": (("__never__",), ()),
    "KeysView": (("__never__",), (type({}.keys()),)),
    "ItemsView": (("__never__",), (type({}.items()),)),
    "ValuesView": (("__never__",), (type({}.values()),)),
    "Generator": (("__never__",), (_GeneratorType,)),
    "AsyncGenerator": (("__never__",), ()),
}
_abcs = {}
for _abc_name, _spec in _duck_specs.items():
    _abcs[_abc_name] = getattr(_collections_abc, _abc_name, None)
    if _abcs[_abc_name] is None:
        _abcs[_abc_name] = _abstract_class(_abc_name, *_spec)


Hashable = _SpecialGenericAlias(_abcs["Hashable"], 0)
Awaitable = _SpecialGenericAlias(_abcs["Awaitable"], 1)
Coroutine = _SpecialGenericAlias(_abcs["Coroutine"], 3)
AsyncIterable = _SpecialGenericAlias(_abcs["AsyncIterable"], 1)
AsyncIterator = _SpecialGenericAlias(_abcs["AsyncIterator"], 1)
Iterable = _SpecialGenericAlias(_abcs["Iterable"], 1)
Iterator = _SpecialGenericAlias(_abcs["Iterator"], 1)
Reversible = _SpecialGenericAlias(_abcs["Reversible"], 1)
Sized = _SpecialGenericAlias(_abcs["Sized"], 0)
Container = _SpecialGenericAlias(_abcs["Container"], 1)
Collection = _SpecialGenericAlias(_abcs["Collection"], 1)
Callable = _CallableType(_abcs["Callable"], 2)
AbstractSet = _SpecialGenericAlias(_abcs["Set"], 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abcs["MutableSet"], 1)
Mapping = _SpecialGenericAlias(_abcs["Mapping"], 2)
MutableMapping = _SpecialGenericAlias(_abcs["MutableMapping"], 2)
Sequence = _SpecialGenericAlias(_abcs["Sequence"], 1)
MutableSequence = _SpecialGenericAlias(_abcs["MutableSequence"], 1)
ByteString = _SpecialGenericAlias(_abcs["ByteString"], 0)
MappingView = _SpecialGenericAlias(_abcs["MappingView"], 1)
KeysView = _SpecialGenericAlias(_abcs["KeysView"], 1)
ItemsView = _SpecialGenericAlias(_abcs["ItemsView"], 2)
ValuesView = _SpecialGenericAlias(_abcs["ValuesView"], 1)
Generator = _SpecialGenericAlias(_abcs["Generator"], 3)
AsyncGenerator = _SpecialGenericAlias(_abcs["AsyncGenerator"], 2)
ContextManager = _SpecialGenericAlias(
    _abstract_class("AbstractContextManager", ("__enter__", "__exit__"), (), "contextlib"), 1,
    name="ContextManager")
AsyncContextManager = _SpecialGenericAlias(
    _abstract_class("AbstractAsyncContextManager", ("__aenter__", "__aexit__"), (),
                    "contextlib"), 1,
    name="AsyncContextManager")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
Type = _TypeType(type, 1, inst=False, name="Type")
Text = str

class _Unavailable:
    """A typing name whose runtime class lives in a module Tauraro does not have yet."""

    def __init__(self, name, module):
        self._name = name
        self._module = module

    def __repr__(self):
        return "typing." + self._name

    def _refuse(self, *args, **kwargs):
        raise NotImplementedError("not supported yet: typing.%s (needs the %s module)"
                                  % (self._name, self._module))

    __getitem__ = _refuse
    __call__ = _refuse
    __instancecheck__ = _refuse
    __subclasscheck__ = _refuse


try:
    import collections as _collections
    Deque = _SpecialGenericAlias(_collections.deque, 1, name="Deque")
    DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name="DefaultDict")
    OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, name="OrderedDict")
    Counter = _SpecialGenericAlias(_collections.Counter, 1, name="Counter")
    ChainMap = _SpecialGenericAlias(_collections.ChainMap, -1, name="ChainMap")
except (ImportError, AttributeError):
    Deque = _Unavailable("Deque", "collections")
    DefaultDict = _Unavailable("DefaultDict", "collections")
    OrderedDict = _Unavailable("OrderedDict", "collections")
    Counter = _Unavailable("Counter", "collections")
    ChainMap = _Unavailable("ChainMap", "collections")


class Generic:
    """The base of generic classes: `class Box(Generic[T])` makes `Box[int]` valid."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        if cls in (Generic, Protocol):
            for param in params:
                if not isinstance(param, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to %s[...] must all be type variables or "
                                    "parameter specification variables." % cls.__name__)
            if len(set(id(p) for p in params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params, name=None)
        expected = getattr(cls, "__parameters__", ())
        if not expected:
            raise TypeError("%s is not a generic class" % (_type_repr(cls),))
        if len(params) != len(expected):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > len(expected) else "few",
                               cls, len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        parameters = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                parameters = list(base.__parameters__)
                break
        else:
            for base in cls.__dict__.get("__orig_bases__", ()):
                for parameter in getattr(base, "__parameters__", ()):
                    if not any(parameter is seen for seen in parameters):
                        parameters.append(parameter)
        cls.__parameters__ = tuple(parameters)


Generic.__module__ = "typing"


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith("_abc_") and name not in (
                    "__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                    "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                    "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
                    "_is_protocol", "_is_runtime_protocol", "__qualname__",
                    "__protocol_attrs__", "__init_subclass__", "__non_callable_proto_members__",
                    "_abc_registry"):
                members.add(name)
    return members


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for name in _protocol_members(cls):
                if not any(name in klass.__dict__ for klass in other.__mro__):
                    return False
            return True
        return super().__subclasscheck__(other)


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class matches if it has the protocol's members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol or isinstance(b, _GenericAlias)
                                   and b.__origin__ is Protocol
                                   for b in cls.__dict__.get("__orig_bases__", cls.__bases__))
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _no_init_or_replace_init
        elif cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol's members."""
    if not isinstance(cls, type) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r"
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns `val` unchanged: a hint for type checkers."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print("Runtime type is %r" % (type(obj).__name__,), file=_sys.stderr)
    return obj


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition that
    follows is the implementation."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Marks a method or class final (only for type checkers; sets `__final__`)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks a function or class as not to be type checked."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            if isinstance(value, _FunctionType):
                value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class NewType:
    """A distinct name for a type: calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, value):
        return value

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking "
                        "for: `%s = NewType(%r, %s)`" % (self.__name__, self.__name__,
                                                        self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _module_globals(obj):
    module = _sys.modules.get(getattr(obj, "__module__", None) or "__main__")
    return getattr(module, "__dict__", {})


def _evaluate(annotation, globalns, localns):
    if isinstance(annotation, ForwardRef):
        annotation = annotation.__forward_arg__
    if not isinstance(annotation, str):
        if (isinstance(annotation, _GenericAlias)
                and not isinstance(annotation, _LiteralGenericAlias)
                and annotation.__args__ and any(
                    isinstance(a, (str, ForwardRef)) for a in annotation.__args__)):
            return annotation.copy_with(tuple(_evaluate(a, globalns, localns)
                                              for a in annotation.__args__))
        return annotation
    text = annotation.strip()
    parts = text.split(".")
    if all(part.isidentifier() for part in parts):
        for namespace in (localns, globalns, _builtins()):
            if namespace is not None and parts[0] in namespace:
                value = namespace[parts[0]]
                for part in parts[1:]:
                    value = getattr(value, part)
                return _type_check(value, "Forward references must evaluate to types.")
        raise NameError("name %r is not defined" % parts[0])
    if text.endswith("]") and "[" in text:
        head, _, inner = text.partition("[")
        origin = _evaluate(head, globalns, localns)
        items = _split_top_level(inner[:-1])
        if origin is Callable and items and items[0].startswith("["):
            arguments = [_evaluate(item, globalns, localns)
                         for item in _split_top_level(items[0][1:-1])]
            return Callable[arguments, _evaluate(items[1], globalns, localns)]
        values = tuple(_evaluate_item(item, globalns, localns) for item in items)
        return origin[values if len(values) != 1 else values[0]]
    if text == "None":
        return _NoneType
    raise NotImplementedError("not supported yet: evaluating the annotation %r" % text)


def _evaluate_item(item, globalns, localns):
    if item == "...":
        return ...
    if item[:1] in "'\"" and item[-1:] == item[:1]:
        return item[1:-1]
    if item.lstrip("-").isdigit():
        return int(item)
    if item in ("None",):
        return None
    return _evaluate(item, globalns, localns)


def _split_top_level(text):
    items = []
    depth = 0
    start = 0
    for index, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
    tail = text[start:].strip()
    if tail:
        items.append(tail)
    return items


def _builtins():
    try:
        import builtins
        return builtins.__dict__
    except ImportError:
        # Without a builtins module, the builtin types annotations usually name.
        return {kind.__name__: kind for kind in (
            int, float, complex, str, bytes, bool, list, dict, set, frozenset, tuple,
            object, type, range, slice, BaseException, Exception)}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), function or module, with string
    annotations resolved and None turned into NoneType."""
    if getattr(obj, "__no_type_check__", False):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__", {})
            base_globals = _module_globals(base) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                hints[name] = _evaluate(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        if isinstance(obj, (_FunctionType, type(print))) or hasattr(obj, "__call__"):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    if globalns is None:
        globalns = getattr(obj, "__globals__", None) or _module_globals(obj)
    for name, value in annotations.items():
        if value is None:
            value = _NoneType
        hints[name] = _evaluate(value, globalns, localns)
    return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}


def _strip_extras(value):
    if isinstance(value, _AnnotatedAlias):
        return value.__origin__
    if isinstance(value, _GenericAlias) and value._name in ("Required", "NotRequired"):
        return value.__args__[0]
    return value


def get_origin(tp):
    """The unsubscripted form of an alias: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, "__origin__", None)
    if origin is not None and not isinstance(tp, type):
        return origin
    return None


def get_args(tp):
    """The arguments of an alias: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and (args[0] is ... or isinstance(args[0], (ParamSpec,
                                                            _ConcatenateGenericAlias))):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    args = getattr(tp, "__args__", None)
    if isinstance(args, tuple) and not isinstance(tp, type):
        return args
    return ()


def _plural_names(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_named_tuple(name, fields, defaults, module, namespace=None):
    """A tuple subclass with named fields (what collections.namedtuple makes)."""
    field_names = tuple(fields)
    defaults = dict(defaults)
    qualname_new = name + ".__new__"

    def __new__(cls, *args, **kwargs):
        if len(args) > len(field_names):
            raise TypeError("%s() takes %s positional argument%s but %d were given"
                            % (qualname_new, _count_text(len(field_names), defaults),
                               "" if len(field_names) == 0 else "s", len(args) + 1))
        values = dict(zip(field_names, args))
        for key, value in kwargs.items():
            if key not in field_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname_new, key))
            if key in values:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (qualname_new, key))
            values[key] = value
        missing = [f for f in field_names if f not in values and f not in defaults]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname_new, len(missing), "" if len(missing) == 1 else "s",
                               _plural_names(missing)))
        items = [values[f] if f in values else defaults[f] for f in field_names]
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (field, value) for field, value in zip(field_names, self)))

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **changes):
        values = self._asdict()
        for key in changes:
            if key not in field_names:
                raise ValueError("Got unexpected field names: %r" % list(
                    k for k in changes if k not in field_names))
        values.update(changes)
        return type(self)(**values)

    def _make(cls, iterable):
        items = tuple(iterable)
        if len(items) != len(field_names):
            raise TypeError("Expected %d arguments, got %d" % (len(field_names), len(items)))
        return tuple.__new__(cls, items)

    def __getnewargs__(self):
        return tuple(self)

    body = {
        "__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
        "_make": classmethod(_make), "__getnewargs__": __getnewargs__,
        "_fields": field_names, "_field_defaults": defaults, "__slots__": (),
        "__module__": module, "__match_args__": field_names,
    }
    for index, field in enumerate(field_names):
        body[field] = property(_item_getter(index), doc="Alias for field number %d" % index)
    if namespace:
        for key, value in namespace.items():
            if key in ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                       "_field_defaults", "_make", "_replace", "_asdict", "_source"):
                if key not in ("__slots__",):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                continue
            if key in field_names:
                continue
            body[key] = value
    result = type(name, (tuple,), body)
    return result


def _count_text(count, defaults):
    if defaults:
        return "from %d to %d" % (count - len(defaults) + 1, count + 1)
    return "%d" % (count + 1)


def _item_getter(index):
    def get(self):
        return self[index]
    return get


class _AnnotationProbe:
    probe: int


# Without class __annotations__, NamedTuple and TypedDict classes would have no fields.
_CLASS_ANNOTATIONS = "__annotations__" in _AnnotationProbe.__dict__


def _require_class_annotations(what):
    if not _CLASS_ANNOTATIONS:
        raise NotImplementedError("not supported yet: %s classes (the interpreter does not "
                                  "record class __annotations__)" % what)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, namespace):
        if namespace.get("_root", False):
            return super().__new__(mcls, typename, bases, namespace)
        _require_class_annotations("typing.NamedTuple")
        annotations = namespace.get("__annotations__", {})
        defaults = {}
        for field in annotations:
            if field in namespace:
                defaults[field] = namespace[field]
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (field, "s" if len(defaults) > 1 else "",
                                                ", ".join(defaults)))
        result = _make_named_tuple(typename, list(annotations), defaults,
                                   namespace.get("__module__", "__main__"), namespace)
        result.__annotations__ = dict(annotations)
        return result


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed named tuples: `class Point(NamedTuple): x: int; y: int = 0`, or
    `NamedTuple('Point', [('x', int), ('y', int)])`."""

    _root = True

    def __new__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        names = [name for name, _ in fields]
        result = _make_named_tuple(typename, names, {}, _caller_module())
        result.__annotations__ = dict(fields)
        return result


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, namespace, total=True):
        if namespace.get("_root", False):
            return super().__new__(mcls, name, (dict,), namespace)
        if "__annotations__" not in namespace:
            _require_class_annotations("typing.TypedDict")
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = namespace.get("__annotations__", {})
        for key, value in own.items():
            annotations[key] = value
            origin = getattr(value, "_name", None)
            if origin == "Required":
                required.add(key)
                optional.discard(key)
            elif origin == "NotRequired" or not total:
                optional.add(key)
                required.discard(key)
            else:
                required.add(key)
                optional.discard(key)
        body = dict(namespace)
        body["__annotations__"] = annotations
        body["__required_keys__"] = frozenset(required)
        body["__optional_keys__"] = frozenset(optional)
        body["__total__"] = total
        return super().__new__(mcls, name, (dict,), body)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typed_dict_function(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """Dicts with a fixed set of typed keys: `class Movie(TypedDict): name: str`. Calling
    the class returns a plain dict."""

    _root = True


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


def _typed_dict_function(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    namespace = {"__annotations__": dict(fields), "__module__": _caller_module()}
    return _TypedDictMeta(typename, (), namespace, total=total)


class IO(Generic[AnyStr]):
    """The generic type of file objects (for annotations; nothing is checked)."""

    __slots__ = ()


class TextIO(IO[str]):
    """Text file objects."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Binary file objects."""

    __slots__ = ()


try:
    import re as _re
    Pattern = _SpecialGenericAlias(type(_re.compile("")), 1, name="Pattern")
    Match = _SpecialGenericAlias(type(_re.match("", "")), 1, name="Match")
except (ImportError, AttributeError):
    Pattern = _Unavailable("Pattern", "re")
    Match = _Unavailable("Match", "re")


def _protocol_with(name, method):
    namespace = {method: lambda self: None, "__module__": "typing", "__qualname__": name}
    cls = _ProtocolMeta(name, (Protocol,), namespace)
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _protocol_with("SupportsInt", "__int__")
SupportsFloat = _protocol_with("SupportsFloat", "__float__")
SupportsComplex = _protocol_with("SupportsComplex", "__complex__")
SupportsBytes = _protocol_with("SupportsBytes", "__bytes__")
SupportsIndex = _protocol_with("SupportsIndex", "__index__")
SupportsAbs = _protocol_with("SupportsAbs", "__abs__")
SupportsRound = _protocol_with("SupportsRound", "__round__")
