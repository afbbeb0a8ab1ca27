"""Shallow and deep copy operations: copy.copy(x) and copy.deepcopy(x[, memo]).

Classes control copying with __copy__() and __deepcopy__(memo), or with
__reduce_ex__/__reduce__, __getnewargs__, __getstate__ and __setstate__ as in CPython.
Instances of other classes are copied through their __dict__ and __slots__.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


def _generator():
    yield


_FunctionType = type(_function)
_BuiltinType = type(len)
_MethodType = type(_Probe().method)
_GeneratorType = type(_generator())

# Values copy.copy and copy.deepcopy return unchanged.
_IMMUTABLE = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
    bytes, range, slice, property, _FunctionType, _BuiltinType, type,
}
_ATOMIC_SHALLOW = _IMMUTABLE | {tuple, frozenset}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC_SHALLOW:
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    if cls is _MethodType:
        # What method.__reduce__ asks for: the attribute looked up again.
        return getattr(x.__self__, x.__func__.__name__)
    method = getattr(cls, '__copy__', None)
    if method is not None:
        return method(x)
    reduced = _reduce(x, cls)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy, so shared and cyclic structures are copied once.
    """
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        return x
    if cls is list:
        result = []
        memo[key] = result
        append = result.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for item_key, value in x.items():
            result[deepcopy(item_key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # An item may have reached x again through a cycle and copied it meanwhile.
        if key in memo:
            return memo[key]
        for original, copied in zip(x, items):
            if original is not copied:
                result = tuple(items)
                break
        else:
            result = x
    elif cls is set or cls is frozenset:
        result = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        result = bytearray(x)
    elif cls is _MethodType:
        result = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        method = getattr(x, '__deepcopy__', None)
        if method is not None:
            result = method(memo)
        else:
            reduced = _reduce(x, cls)
            if isinstance(reduced, str):
                result = x
            else:
                result = _reconstruct(x, memo, *reduced)
    if result is not x:
        memo[key] = result
        # Keep the original alive as long as the memo, so its id is not reused.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return result


def _reduce(x, cls):
    """How to rebuild x: (callable, args, state, listitems, dictitems), as __reduce_ex__."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return reductor(x)
    if cls is _GeneratorType or cls.__module__ == 'builtins':
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    # The default object.__reduce_ex__(4): cls.__new__(cls, *newargs), then the state.
    newargs_method = getattr(cls, '__getnewargs_ex__', None)
    if newargs_method is not None:
        args, kwargs = newargs_method(x)
        creator = _NewWithKeywords(cls, kwargs)
    else:
        newargs_method = getattr(cls, '__getnewargs__', None)
        if newargs_method is not None:
            args = tuple(newargs_method(x))
        else:
            args = _builtin_base_args(x)
        creator = _New(cls)
    state_method = getattr(cls, '__getstate__', None)
    if state_method is not None:
        state = state_method(x)
    else:
        state = _default_state(x, cls)
    if isinstance(x, set):
        # set.__new__ ignores its argument: the items go through __init__'s work here.
        return (cls, (list(x),), state, None, None)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (creator, args, state, listitems, dictitems)


def _builtin_base_args(x):
    """The __new__ arguments of an instance of a subclass of an immutable builtin (or of
    set), as the builtin's own __getnewargs__/__reduce__ give them."""
    for base in (tuple, frozenset, set, str, bytes, int, float, complex):
        if isinstance(x, base):
            return (base(x),)
    return ()


class _New:
    """cls.__new__(cls, *args) as a callable, like copyreg.__newobj__."""

    def __init__(self, cls):
        self.cls = cls

    def __call__(self, *args):
        return self.cls.__new__(self.cls, *args)


class _NewWithKeywords:
    def __init__(self, cls, kwargs):
        self.cls = cls
        self.kwargs = kwargs

    def __call__(self, *args):
        return self.cls.__new__(self.cls, *args, **self.kwargs)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(x, cls):
    """object.__getstate__(): the __dict__, plus a dict of the filled slots if any."""
    try:
        attributes = x.__dict__
    except AttributeError:
        attributes = None
    if attributes is not None and not attributes:
        attributes = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (attributes, slots)
    return attributes


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            else:
                slot_state = None
            if state is not None:
                y.__dict__.update(state)
            if slot_state is not None:
                for name, value in slot_state.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
