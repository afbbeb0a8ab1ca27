"""collections.deque: a list-like sequence with fast appends and pops at both ends.

The class and its hot operations (appends, pops, indexing, len, extend) are native
(`_collections.deque`, a ring buffer); the methods below are added to it."""

from _collections import deque
from . import _repr_guard
from ._generic_alias import generic_alias


_SSIZE_LIMIT = 2 ** 63


def _type_name(value):
    return type(value).__name__


class _DequeMethods:
    """The methods of deque written in Python, copied onto the native class below."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if iterable is self:
            iterable = self._items()
        self._configure(maxlen)
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen()

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen())

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state()
        total = 0
        for position in range(len(self)):
            item = self[position]
            if item is value or item == value:
                total += 1
            if self._state() != state:
                raise RuntimeError('deque mutated during iteration')
        return total

    def index(self, value, start=0, stop=None):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        size = len(self)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        state = self._state()
        for position in range(start, min(stop, size)):
            item = self[position]
            if item is value or item == value:
                return position
            if self._state() != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        maxlen = self._maxlen()
        if maxlen is not None and len(self) >= maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state()
        for position in range(len(self)):
            item = self[position]
            equal = item is value or item == value
            if self._state() != state:
                raise IndexError('deque mutated during remove().')
            if equal:
                del self[position]
                return
        raise ValueError('%r is not in deque' % (value,))

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        if not isinstance(n, int):
            if hasattr(type(n), '__index__'):
                n = type(n).__index__(n)
            else:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % _type_name(n))
        if not -_SSIZE_LIMIT <= n < _SSIZE_LIMIT:
            raise OverflowError('Python int too large to convert to C ssize_t')
        size = len(self)
        if size <= 1:
            return
        self._rotate(n % size)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        maxlen = self._maxlen()
        arguments = () if maxlen is None else ((), maxlen)
        return type(self), arguments, state, iter(self)

    def __contains__(self, value):
        state = self._state()
        for position in range(len(self)):
            item = self[position]
            if item is value or item == value:
                return True
            if self._state() != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_guard.running:
            return '[...]'
        _repr_guard.running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_guard.running.discard(key)
        maxlen = self._maxlen()
        if maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % _type_name(other))
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        if not isinstance(times, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(times))
        return type(self)(self._items() * times, self._maxlen())

    __rmul__ = __mul__

    def __imul__(self, times):
        if not isinstance(times, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(times))
        if times == 1:
            return self
        items = self._items() * times
        maxlen = self._maxlen()
        if maxlen is not None and len(items) > maxlen:
            items = items[len(items) - maxlen:]
        self._set_items(items)
        return self


for _name, _value in list(_DequeMethods.__dict__.items()):
    if _name not in ('__dict__', '__weakref__', '__module__', '__qualname__'):
        setattr(deque, _name, _value)
deque.__class_getitem__ = classmethod(generic_alias)
deque.__doc__ = """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""
del _name, _value, _DequeMethods
