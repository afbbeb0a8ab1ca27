"""keys(), items() and values() views for the mapping classes written in Python
(ChainMap, UserDict): collections.abc's KeysView, ItemsView and ValuesView when the
interpreter supports metaclasses, else plain live views."""

try:
    from . import abc as _abc
except NotImplementedError:
    _abc = None


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



def keys_view(mapping):
    if _abc is not None:
        return _abc.KeysView(mapping)
    return _PlainView(mapping, 'KeysView', lambda: list(mapping))


def items_view(mapping):
    if _abc is not None:
        return _abc.ItemsView(mapping)
    return _PlainView(mapping, 'ItemsView', lambda: [(key, mapping[key]) for key in mapping])


def values_view(mapping):
    if _abc is not None:
        return _abc.ValuesView(mapping)
    return _PlainView(mapping, 'ValuesView', lambda: [mapping[key] for key in mapping])
