"""Iterator building blocks: infinite, terminating and combinatoric iterators.

count and repeat are classes (their repr shows their state, as in CPython); the others
check their arguments at once, as CPython's constructors do, then hand the work to a
generator, which is the fastest iterator this interpreter runs.
"""

import sys as _sys

# Marks an argument the caller did not pass.
_NOT_GIVEN = object()

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... for ever."""
    __slots__ = ('_next', '_step')

    def __init__(self, start=0, step=1, *extra):
        if extra:
            raise TypeError('count() takes at most 2 arguments (%d given)' % (2 + len(extra)))
        for value in (start, step):
            if not isinstance(value, (int, float, complex)):
                try:
                    value + 0
                except TypeError:
                    raise TypeError('a number is required') from None
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, step)


class repeat:
    """repeat(object [,times]): object over and over, for ever or times times."""
    __slots__ = ('_object', '_left')

    def __init__(self, object=_NOT_GIVEN, times=None):
        if object is _NOT_GIVEN:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._object = object
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def cycle(iterable):
    """cycle(iterable): the items of iterable, then the same items again, for ever."""
    return _cycle(iter(iterable))


def _cycle(iterator):
    saved = []
    for item in iterator:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        yield from saved


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class chain:
    """chain(*iterables): the items of the first iterable, then of the next, and so on."""

    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterables):
        """chain.from_iterable(iterable): chain the iterables that iterable yields."""
        return _chain(iter(iterables))


def _slice_index(value, message):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError
    return method(value)


_STOP_MESSAGE = ('Stop argument for islice() must be None or an integer: '
                 '0 <= x <= sys.maxsize.')
_INDICES_MESSAGE = ('Indices for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a slice of the items."""
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    if len(args) == 2:
        start, step = 0, 1
        stop = _slice_index(args[1], _STOP_MESSAGE)
    else:
        start = _slice_index(args[1], _INDICES_MESSAGE)
        stop = _slice_index(args[2], _STOP_MESSAGE)
        step = args[3] if len(args) == 4 else None
        if step is not None:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        else:
            step = 1
        if start is None:
            start = 0
    return _islice(iter(args[0]), start, stop, step)


def _islice(iterator, start, stop, step):
    # The same counters as CPython, so the same items are consumed from iterator: items
    # are skipped lazily, just before the next one is produced.
    if start == 0 and step == 1 and stop is not None:
        if stop == 0:
            return
        position = 0
        for item in iterator:
            yield item
            position += 1
            if position >= stop:
                return
        return
    position = 0
    wanted = start
    while True:
        while position < wanted:
            for item in iterator:
                break
            else:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        for item in iterator:
            break
        else:
            return
        position += 1
        yield item
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


def product(*iterables, **options):
    """product(*iterables, repeat=1): the cartesian product, as tuples, last input fastest."""
    repeat = 1
    for name, value in options.items():
        if name != 'repeat':
            raise TypeError('%r is an invalid keyword argument for product()' % name)
        repeat = value
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    results = [()]
    for pool in pools:
        results = [prefix + (item,) for prefix in results for item in pool]
    for result in results:
        yield result


def _check_r(r, message=None):
    if not isinstance(r, int):
        raise TypeError(message or "'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """permutations(iterable, r=None): r-length orderings of the items, in lexical index order."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r, 'Expected int as r')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r=None):
    """combinations(iterable, r): r-length subsequences of the items, in input order."""
    if r is None:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r=None):
    """combinations_with_replacement(iterable, r): like combinations, items may repeat."""
    if r is None:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    _check_r(r)
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[i] for i in indices])


def accumulate(iterable, func=None, *, initial=None):
    """accumulate(iterable, func=None, *, initial=None): running sums (or func results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(iterator, func, total):
    if total is None:
        for total in iterator:
            break
        else:
            return
    yield total
    if func is None:
        for item in iterator:
            total = total + item
            yield total
    else:
        for item in iterator:
            total = func(total, item)
            yield total


class _GroupState:
    """What groupby's outer iterator and its current group share."""
    __slots__ = ('iterator', 'key', 'current_key', 'current_value', 'exhausted', 'group_id')

    def advance(self):
        """Fetch the next item into current_key/current_value; False at the end."""
        try:
            value = next(self.iterator)
        except StopIteration:
            self.exhausted = True
            return False
        self.current_value = value
        self.current_key = value if self.key is None else self.key(value)
        return True


def groupby(iterable, key=None):
    """groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys."""
    state = _GroupState()
    state.iterator = iter(iterable)
    state.key = key
    state.exhausted = False
    state.group_id = 0
    return _groupby(state)




def _groupby(state):
    if not state.advance():
        return
    while True:
        group_key = state.current_key
        state.group_id += 1
        yield group_key, _group(state, group_key, state.group_id)
        # Skip what the caller left of this group.
        while not state.exhausted and state.current_key == group_key:
            if not state.advance():
                return
        if state.exhausted:
            return


def _group(state, group_key, group_id):
    while state.group_id == group_id and not state.exhausted:
        if not state.current_key == group_key:
            return
        value = state.current_value
        state.advance()
        yield value


def zip_longest(*iterables, **kwargs):
    """zip_longest(*iterables, fillvalue=None): like zip, padding shorter inputs."""
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    count = len(iterators)
    while True:
        row = []
        for index in range(count):
            iterator = iterators[index]
            if iterator is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(iterator))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[index] = None
                row.append(fillvalue)
        yield tuple(row)


def starmap(*args):
    """starmap(function, iterable): function(*args) for each args tuple of iterable."""
    if len(args) != 2:
        raise TypeError('starmap expected 2 arguments, got %d' % len(args))
    function, iterable = args
    return _starmap(function, iter(iterable))


def _starmap(function, iterator):
    for args in iterator:
        if type(args) is not tuple:
            # CPython turns each item into a tuple first, with that error message.
            args = tuple(args)
        yield function(*args)


def takewhile(*args):
    """takewhile(predicate, iterable): items while predicate(item) is true."""
    if len(args) != 2:
        raise TypeError('takewhile expected 2 arguments, got %d' % len(args))
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, iterator):
    for item in iterator:
        if predicate(item):
            yield item
        else:
            return


def dropwhile(*args):
    """dropwhile(predicate, iterable): items from the first for which predicate is false."""
    if len(args) != 2:
        raise TypeError('dropwhile expected 2 arguments, got %d' % len(args))
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, iterator):
    for item in iterator:
        if not predicate(item):
            yield item
            break
    yield from iterator


def filterfalse(*args):
    """filterfalse(function or None, iterable): the items for which function is false."""
    if len(args) != 2:
        raise TypeError('filterfalse expected 2 arguments, got %d' % len(args))
    return _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, iterator):
    if predicate is None:
        for item in iterator:
            if not item:
                yield item
    else:
        for item in iterator:
            if not predicate(item):
                yield item


def compress(data=_NOT_GIVEN, selectors=_NOT_GIVEN):
    """compress(data, selectors): the items of data whose selector is true."""
    if data is _NOT_GIVEN:
        raise TypeError("compress() missing required argument 'data' (pos 1)")
    if selectors is _NOT_GIVEN:
        raise TypeError("compress() missing required argument 'selectors' (pos 2)")
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def pairwise(iterable):
    """pairwise(iterable): overlapping pairs (a, b), (b, c), ... of consecutive items."""
    return _pairwise(iter(iterable))


def _pairwise(iterator):
    for previous in iterator:
        break
    else:
        return
    for item in iterator:
        yield previous, item
        previous = item


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over the same items."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    iterator = iter(iterable)
    # A shared singly linked list of [value, next link]; each copy walks it at its own
    # pace, and links no copy can reach any more are freed.
    start = [None, None]
    return tuple(_tee(iterator, start) for _ in range(n))


def _tee(iterator, link):
    while True:
        following = link[1]
        if following is None:
            try:
                value = next(iterator)
            except StopIteration:
                return
            following = [value, None]
            # Another copy may have filled this link while next() ran.
            if link[1] is None:
                link[1] = following
            else:
                following = link[1]
        yield following[0]
        link = following
