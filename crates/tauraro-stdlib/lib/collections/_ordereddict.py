"""collections.OrderedDict: a dict with move_to_end(), popitem(last=False) and
order-sensitive equality."""

from . import _repr_guard


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-sensitive equality."""
    __module__ = 'collections'

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in rest:
            dict.__setitem__(self, other_key, other_value)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        key = id(self)
        if key in _repr_guard.running:
            return '...'
        _repr_guard.running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_guard.running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for mine, theirs in zip(self, other):
                if not (mine is theirs or mine == theirs):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to
        value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __reduce__(self):
        return (type(self), (), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self
