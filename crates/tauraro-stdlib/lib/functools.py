"""Higher-order functions: tools that act on or return other functions."""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, docstring and so on, and its
    attributes; wrapper.__wrapped__ is wrapped. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...) to its function."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# total_ordering: how each missing comparison follows from the one the class defines.
# Each comparison returns NotImplemented when the defined one does.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED_COMPARISONS = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator: fill in the comparisons the class lacks from the one it defines."""
    roots = {name for name in _DERIVED_COMPARISONS
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # As CPython: prefer __lt__, then __le__, __gt__, __ge__.
    root = max(roots)
    for name, function in _DERIVED_COMPARISONS[root]:
        if name not in roots:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive) into a key."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


_NO_INITIAL = object()


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply function cumulatively to the items of iterable, from left to right, so as to
    reduce it to a single value; initial, if given, comes before the items.
    """
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function = args[0]
    try:
        iterator = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in iterator:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in iterator:
        value = function(value, item)
    return value


class partial:
    """partial(func, *args, **keywords): a new function with some arguments already given."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % item for item in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """partial() for methods: the instance (or class, for a classmethod) becomes the
    first argument, the given arguments follow."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%s' % (name, value) for name, value in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def _unbound(self):
        func = self.func
        args = self.args
        keywords = self.keywords

        def _method(cls_or_self, /, *more, **more_keywords):
            return func(cls_or_self, *args, *more, **{**keywords, **more_keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bound = _descriptor_get(self.func, obj, cls)
        if bound is not self.func:
            return partial(bound, *self.args, **self.keywords)
        method = self._unbound()
        if obj is None:
            return method
        return _bind(method, obj)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _is_descriptor(value):
    return isinstance(value, (classmethod, staticmethod)) or hasattr(type(value), '__get__')


def _descriptor_get(value, obj, cls):
    """value.__get__(obj, cls) for descriptors (classmethod and staticmethod included);
    value itself for anything else, plain functions included."""
    if isinstance(value, classmethod):
        return _bind(value.__func__, cls if cls is not None else type(obj))
    if isinstance(value, staticmethod):
        return value.__func__
    get = getattr(type(value), '__get__', None)
    if get is not None:
        return get(value, obj, cls)
    return value


def _bind(function, instance):
    """function bound to instance, as function.__get__(instance) would give."""
    return type(_Bindable().method)(function, instance)


class _Bindable:
    def method(self):
        pass


_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')

# Types whose values are their own cache keys when passed alone (never equal to a tuple).
_OWN_KEY_TYPES = frozenset([int, str])

# Separates positional from keyword arguments in a cache key.
_KEYWORD_MARK = object()


def _make_key(args, kwds, typed):
    """The cache key for a call; a lone int or str argument is its own key, as in CPython."""
    key = args
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(value) for value in args)
        if kwds:
            key += tuple(type(value) for value in kwds.values())
    elif len(key) == 1 and type(key[0]) in _OWN_KEY_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember the results of the maxsize most recent calls.

    maxsize=None remembers every call. With typed=True, arguments of different types
    (3 and 3.0) are cached apart. The decorated function has cache_info(),
    cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function.
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict, which keeps insertion order: a hit moves its entry to the end,
    # so the first entry is always the least recently used.
    cache = {}
    counts = [0, 0]  # hits, misses
    missing = _NO_INITIAL

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            # _make_key's common case inlined: positional arguments only, untyped.
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _OWN_KEY_TYPES:
                key = args[0]
            else:
                key = args
            result = cache.get(key, missing)
            if result is not missing:
                counts[0] += 1
                return result
            counts[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _OWN_KEY_TYPES:
                key = args[0]
            else:
                key = args
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                counts[0] += 1
                return result
            counts[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                # (A recursive call may have cached key meanwhile.)
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(counts[0], counts[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        counts[0] = counts[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Simple lightweight unbounded cache. Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            stored = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = stored.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            stored[self.attrname] = value
        return value


def singledispatch(func):
    """Make func a generic function that picks an implementation by its first
    argument's type; add implementations with func.register(cls)."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation registered for cls or its nearest base."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        implementation = None
        for base in cls.__mro__:
            if base is not object and base in registry:
                implementation = registry[base]
                break
        else:
            # Classes registered that cls does not inherit from, but is a subclass of
            # (abstract base classes).
            for registered, candidate in registry.items():
                if registered is not object and issubclass(cls, registered):
                    implementation = candidate
                    break
            else:
                implementation = registry[object]
        dispatch_cache[cls] = implementation
        return implementation

    def register(cls, func=None):
        """register(cls, func): use func for arguments of type cls; as a decorator,
        @register(cls)."""
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            if callable(cls) and not hasattr(cls, '__annotations__'):
                raise NotImplementedError(
                    'not supported yet: singledispatch register() from annotations '
                    '(use @register(cls))')
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (cls,))
            func = cls
            cls = next(iter(annotations.values()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (next(iter(annotations)), cls))
        elif not isinstance(cls, type):
            raise TypeError('Invalid first argument to `register()`. %r is not a class or '
                            'union type.'
                            % (cls,))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % name)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that picks its implementation by the type of its first argument after
    self (or cls); add implementations with method.register(cls)."""

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            implementation = dispatcher.dispatch(args[0].__class__)
            bound = _descriptor_get(implementation, obj, cls)
            if bound is implementation and obj is not None:
                return implementation(obj, *args, **kwargs)
            return bound(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func.__func__ if isinstance(func, (classmethod, staticmethod))
                       else func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
