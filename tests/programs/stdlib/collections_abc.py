from collections.abc import *
import collections.abc as cabc
from abc import ABC, abstractmethod, ABCMeta
def gen(): yield 1
for v in [[], (), {}, set(), frozenset(), 'ab', b'x', 1, 1.5, None, range(3), iter([]), gen(), len, {}.keys(), {}.items(), {}.values(), lambda: 0, int]:
    print(type(v).__name__, [n for n in ['Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Callable', 'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Generator', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString', 'MappingView'] if isinstance(v, getattr(cabc, n))])
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, isinstance(m, Mapping), isinstance(m, MutableMapping), m.keys() & {'a'})
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3, 2]); ml.remove(2); ml += [9]; print(list(ml), ml.index(3), ml.count(2), list(reversed(ml)), 3 in ml, ml.pop(), list(ml))
class Bad(Sized): pass
try: Bad()
except TypeError as e: print(e)
class Two(ABC):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
try: Two()
except TypeError as e: print(e)
class Half(Two):
    def a(self): return 1
print(sorted(Half.__abstractmethods__))
class Full(Half):
    def b(self): return 2
print(Full().a(), Full().b(), isinstance(Full(), Two))
class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Container), issubclass(Duck, Collection))
class Reg(ABC): pass
Reg.register(int); print(isinstance(3, Reg), issubclass(bool, Reg), isinstance('x', Reg))
@Sequence.register
class S2: pass
print(issubclass(S2, Sequence), issubclass(S2, Iterable) )
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))
try: issubclass(1, Iterable)
except TypeError as e: print(e)
class MySet(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
