"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
UserDict, UserList and UserString; collections.abc holds the abstract base classes.

Each type lives in its own private module of this package and says it belongs to
collections, as CPython's do."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

from ._chainmap import ChainMap
from ._counter import Counter
from ._defaultdict import defaultdict
from ._deque import deque
from ._namedtuple import namedtuple
from ._ordereddict import OrderedDict
from ._user_classes import UserDict, UserList, UserString

namedtuple.__module__ = 'collections'

# collections.abc is an attribute of the package, as in CPython. It needs metaclass support
# in the interpreter; without it only `import collections.abc` itself reports that.
try:
    from . import abc
except NotImplementedError:
    pass
else:
    abc.MutableMapping.register(ChainMap)
    abc.MutableMapping.register(UserDict)
    abc.MutableSequence.register(UserList)
    abc.Sequence.register(UserString)
