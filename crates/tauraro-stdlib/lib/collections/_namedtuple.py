"""collections.namedtuple: tuple subclasses with named fields."""

import sys as _sys
from keyword import iskeyword as _iskeyword

# Marks an argument the caller did not pass.
_NOT_GIVEN = object()


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
