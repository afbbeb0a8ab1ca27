"""collections.defaultdict: a dict that makes missing values with a factory."""

from . import _repr_guard


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key is set to default_factory() when read, if default_factory is not None.
    """
    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        factory_repr = 'None' if factory is None else repr(factory)
        key = id(self)
        if key in _repr_guard.running:
            # Inside its own repr, the dict part shows as {...} (as dict's repr would).
            return '%s(%s, {...})' % (type(self).__name__, factory_repr)
        _repr_guard.running.add(key)
        try:
            return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))
        finally:
            _repr_guard.running.discard(key)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self
