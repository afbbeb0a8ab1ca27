"""collections.deque: a list-like sequence with fast appends and pops at both ends."""

from . import _repr_guard
from ._generic_alias import generic_alias


def _type_name(value):
    return type(value).__name__


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    """
    __module__ = 'collections'
    # Two lists hold the items: _left in reverse order (its end is the leftmost item)
    # and _right in order, so appends and pops at either end are list appends and pops.
    # When one side runs empty, a pop there takes half of the other side.
    # _state counts the changes iterators must notice that leave the length unchanged
    # (rotate, insert, remove, an append that pushes an item out), as CPython's does;
    # the other changes show in the length.
    __slots__ = ('_left', '_right', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) >= maxlen:
            if maxlen == 0:
                return
            self._state += 1
            self.popleft()
        self._right.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) >= maxlen:
            if maxlen == 0:
                return
            self._state += 1
            self.pop()
        self._left.append(x)

    def pop(self):
        """Remove and return the rightmost element."""
        right = self._right
        if right:
            return right.pop()
        left = self._left
        if not left:
            raise IndexError('pop from an empty deque')
        # left[0] is the rightmost item: move the right half of the items over.
        half = (len(left) + 1) // 2
        moved = left[:half]
        del left[:half]
        moved.reverse()
        right.extend(moved)
        return right.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        left = self._left
        if left:
            return left.pop()
        right = self._right
        if not right:
            raise IndexError('pop from an empty deque')
        half = (len(right) + 1) // 2
        moved = right[:half]
        del right[:half]
        moved.reverse()
        left.extend(moved)
        return left.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._right.extend(iterable)
            return
        append = self.append
        for item in iterable:
            append(item)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._left.extend(iterable)
            return
        appendleft = self.appendleft
        for item in iterable:
            appendleft(item)

    def clear(self):
        """Remove all elements from the deque."""
        self._left.clear()
        self._right.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def _items(self):
        """All items, left to right, as a new list."""
        items = self._left[::-1]
        items.extend(self._right)
        return items

    def _set_items(self, items):
        self._state += 1
        self._left = []
        self._right = items

    def count(self, value):
        """Return number of occurrences of value."""
        return self._left.count(value) + self._right.count(value)

    def index(self, value, start=0, stop=None):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        items = self._items()
        size = len(items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        for position in range(start, min(stop, size)):
            item = items[position]
            if item is value or item == value:
                return position
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        size = len(self)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for position, item in enumerate(items):
            if item is value or item == value:
                del items[position]
                self._set_items(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(n))
        size = len(self)
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n == 0:
            return
        if n <= 8 or size - n <= 8:
            # A few steps: move items one by one from one end to the other.
            if n <= size // 2:
                pop = self.pop
                appendleft = self._left.append
                for _ in range(n):
                    appendleft(pop())
            else:
                popleft = self.popleft
                append = self._right.append
                for _ in range(size - n):
                    append(popleft())
            return
        items = self._items()
        self._set_items(items[-n:] + items[:-n])

    def _position(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = type(index).__index__(index)
            else:
                raise TypeError('sequence index must be integer, not %r' % _type_name(index))
        size = len(self._left) + len(self._right)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        left = self._left
        if type(index) is int:
            # The common d[0] / d[-1] / d[i], without the _position call.
            left_size = len(left)
            right = self._right
            if index < 0:
                index += left_size + len(right)
            if 0 <= index < left_size:
                return left[left_size - 1 - index]
            index -= left_size
            if 0 <= index < len(right):
                return right[index]
            raise IndexError('deque index out of range')
        index = self._position(index)
        if index < len(left):
            return left[len(left) - 1 - index]
        return self._right[index - len(left)]

    def __setitem__(self, index, value):
        index = self._position(index)
        left = self._left
        if index < len(left):
            left[len(left) - 1 - index] = value
        else:
            self._right[index - len(left)] = value

    def __delitem__(self, index):
        index = self._position(index)
        left = self._left
        if index < len(left):
            del left[len(left) - 1 - index]
        else:
            del self._right[index - len(left)]

    def __iter__(self):
        # By position, as CPython's iterator: after reverse() (not a change it reports)
        # iteration goes on at the same position in the new order.
        size = len(self._left) + len(self._right)
        state = self._state
        index = 0
        while True:
            left = self._left
            if self._state != state or len(left) + len(self._right) != size:
                raise RuntimeError('deque mutated during iteration')
            if index >= size:
                return
            if index < len(left):
                yield left[len(left) - 1 - index]
            else:
                yield self._right[index - len(left)]
            index += 1

    def __reversed__(self):
        size = len(self._left) + len(self._right)
        state = self._state
        index = size - 1
        while True:
            left = self._left
            if self._state != state or len(left) + len(self._right) != size:
                raise RuntimeError('deque mutated during iteration')
            if index < 0:
                return
            if index < len(left):
                yield left[len(left) - 1 - index]
            else:
                yield self._right[index - len(left)]
            index -= 1

    def __contains__(self, value):
        return value in self._right or value in self._left

    def __repr__(self):
        key = id(self)
        if key in _repr_guard.running:
            return '[...]'
        _repr_guard.running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_guard.running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    __hash__ = None

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
        return type(self)(self._items() * times, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, times):
        if not isinstance(times, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(times))
        if times == 1:
            return self
        items = self._items() * times
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self

    def __class_getitem__(cls, item):
        return generic_alias(cls, item)
