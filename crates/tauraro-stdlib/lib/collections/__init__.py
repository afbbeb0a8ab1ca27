"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

# collections.abc is an attribute of the package, as in CPython. It needs metaclass support
# in the interpreter; without it only `import collections.abc` itself reports that, and
# the mapping views below fall back to plain classes.
try:
    from . import abc as _abc
    abc = _abc
except NotImplementedError:
    _abc = None


def _generic_alias(cls, item):
    """cls[item] as types.GenericAlias, the class of list[int]."""
    try:
        alias_class = type(list[int])
    except NotImplementedError:
        raise NotImplementedError("not supported yet: subscripting the class '%s' (generic "
                                  "aliases)" % cls.__name__) from None
    return alias_class(cls, item)


def _type_name(value):
    return type(value).__name__


# Objects whose repr is being computed, so a container that holds itself prints '[...]'.
_repr_running = set()


################################################################################
# deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    """
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
        index = self._position(index)
        left = self._left
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
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
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
        return _generic_alias(cls, item)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key is set to default_factory() when read, if default_factory is not None.
    """

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
        if key in _repr_running:
            # Inside its own repr, the dict part shows as {...} (as dict's repr would).
            return '%s(%s, {...})' % (type(self).__name__, factory_repr)
        _repr_running.add(key)
        try:
            return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))
        finally:
            _repr_running.discard(key)

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


################################################################################
# OrderedDict
################################################################################

_NOT_GIVEN = object()


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-sensitive equality."""

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
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

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


################################################################################
# namedtuple
################################################################################

def _count_phrase(count, what):
    return '%d %s%s' % (count, what, '' if count == 1 else 's')


def _name_list(names):
    """'x', 'x' and 'y', 'x', 'y', and 'z': how CPython lists missing arguments."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _FieldAlias:
    """A namedtuple field: reads item number index of the tuple; read-only."""
    __slots__ = ('_index', '__doc__')

    def __init__(self, index):
        self._index = index
        self.__doc__ = 'Alias for field number %d' % index

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, 'intern') else str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(field_names)
    field_count = len(field_names)
    required_count = field_count - len(field_defaults)
    positions = {name: index for index, name in enumerate(field_names)}
    default_values = tuple(field_defaults.values())
    new_name = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs:
            if len(args) == field_count:
                return tuple_new(_cls, args)
            if required_count <= len(args) < field_count:
                return tuple_new(_cls, args + default_values[len(args) - required_count:])
        return tuple_new(_cls, _bind(args, kwargs))

    def _bind(args, kwargs):
        """Match a call's arguments to the fields, with the errors of a Python function
        whose parameters are the fields."""
        if len(args) > field_count:
            given = len(args) + 1
            if required_count == field_count:
                expected = '%d positional argument%s' % (
                    field_count + 1, '' if field_count == 0 else 's')
            else:
                expected = 'from %d to %d positional arguments' % (
                    required_count + 1, field_count + 1)
            raise TypeError('%s() takes %s but %d %s given'
                            % (new_name, expected, given, 'was' if given == 1 else 'were'))
        values = list(args) + [_NOT_GIVEN] * (field_count - len(args))
        for name, value in kwargs.items():
            position = positions.get(name)
            if position is None:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (new_name, name))
            if values[position] is not _NOT_GIVEN:
                raise TypeError('%s() got multiple values for argument %r'
                                % (new_name, name))
            values[position] = value
        missing = [field_names[index] for index in range(required_count)
                   if values[index] is _NOT_GIVEN]
        if missing:
            raise TypeError('%s() missing %s: %s'
                            % (new_name,
                               _count_phrase(len(missing), 'required positional argument'),
                               _name_list(missing)))
        for index in range(required_count, field_count):
            if values[index] is _NOT_GIVEN:
                values[index] = default_values[index - required_count]
        return values

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_name
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != field_count:
            raise TypeError('Expected %d arguments, got %d' % (field_count, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _make = classmethod(_make)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' \
        % typename

    repr_format = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_format % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _FieldAlias(index)
    if module is None:
        # The module that called namedtuple(), as CPython finds it; without frame
        # introspection, the main program (where most namedtuples are made).
        module = '__main__'
        if hasattr(_sys, '_getframe'):
            try:
                module = _sys._getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items; missing items count zero.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the
        least.  If n is None, then list all element counts."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for element in iterable:
                    self[element] = get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            body = repr(dict(self.most_common()))
        except TypeError:
            body = repr(dict(self))
        return '%s(%s)' % (self.__class__.__name__, body)

    # Comparisons: missing elements count zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep positive counts only.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts, and flips
        the sign on negative counts."""
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            count = self[element]
            if other_count > count:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


def _is_mapping(value):
    """Whether Counter.update should read value as element -> count pairs."""
    if isinstance(value, dict):
        return True
    kind = type(value)
    return hasattr(kind, 'items') and hasattr(kind, '__getitem__') and hasattr(kind, 'keys')


################################################################################
# ChainMap
################################################################################

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view. Lookups search the mappings in order; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key)) from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is
        empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in
        maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key)) from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def keys(self):
        return _keys_view(self)

    def items(self):
        return _items_view(self)

    def values(self):
        return _values_view(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, ChainMap)) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


class _PlainView:
    """keys(), items() and values() of ChainMap and UserDict when collections.abc (and
    its KeysView, ItemsView, ValuesView) is unavailable: live views, iterated afresh."""

    def __init__(self, mapping, kind, produce):
        self._mapping = mapping
        self._kind = kind
        self._produce = produce

    def __iter__(self):
        return iter(self._produce())

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, value):
        return value in self._produce()

    def __repr__(self):
        return '%s(%r)' % (self._kind, self._mapping)

    def __eq__(self, other):
        if self._kind == 'ValuesView':
            return self is other
        return set(self._produce()) == set(other)

    __hash__ = None



def _keys_view(mapping):
    if _abc is not None:
        return _abc.KeysView(mapping)
    return _PlainView(mapping, 'KeysView', lambda: list(mapping))


def _items_view(mapping):
    if _abc is not None:
        return _abc.ItemsView(mapping)
    return _PlainView(mapping, 'ItemsView', lambda: [(key, mapping[key]) for key in mapping])


def _values_view(mapping):
    if _abc is not None:
        return _abc.ValuesView(mapping)
    return _PlainView(mapping, 'ValuesView', lambda: [mapping[key] for key in mapping])


################################################################################
# UserDict, UserList, UserString
################################################################################

_MISSING = object()


class UserDict:
    """A dict-like class that keeps its items in the real dict .data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return _keys_view(self)

    def items(self):
        return _items_view(self)

    def values(self):
        return _values_view(self)

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        self.data.clear()

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, UserDict)) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        if isinstance(other, dict):
            return self.data == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'].copy()
        return result

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList:
    """A list-like class that keeps its items in the real list .data, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'][:]
        return result

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str-like class that keeps its text in the real str .data, for subclassing.
    Methods that make new strings return instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def _unwrap(self, value):
        return value.data if isinstance(value, UserString) else value

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._unwrap(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._unwrap(sub), start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def join(self, seq):
        return self.data.join(seq)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new), maxsplit))

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


def _returns_user_string(name):
    method = getattr(str, name)

    def delegate(self, *args):
        return self.__class__(method(self.data, *args))

    delegate.__name__ = name
    delegate.__qualname__ = 'UserString.' + name
    return delegate


def _returns_plain(name):
    method = getattr(str, name)

    def delegate(self, *args):
        return method(self.data, *args)

    delegate.__name__ = name
    delegate.__qualname__ = 'UserString.' + name
    return delegate


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'removeprefix', 'removesuffix', 'rjust', 'rstrip', 'strip', 'swapcase',
              'title', 'upper'):
    setattr(UserString, _name, _returns_user_string(_name))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    setattr(UserString, _name, _returns_plain(_name))
del _name

if _abc is not None:
    _abc.MutableMapping.register(ChainMap)
    _abc.MutableMapping.register(UserDict)
    _abc.MutableSequence.register(UserList)
    _abc.Sequence.register(UserString)
