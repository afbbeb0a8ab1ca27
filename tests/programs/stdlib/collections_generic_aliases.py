from collections import deque, ChainMap, defaultdict, OrderedDict, Counter
from collections.abc import Iterable, Mapping, Sequence, KeysView, Awaitable
print(deque[int], ChainMap[str, int], defaultdict[str, list], OrderedDict[str, int], Counter[str])
print(Iterable[int], Mapping[str, int], Sequence[float], KeysView[str], Awaitable[int])
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total(deque([1, 2])), deque[int]([3]), type(deque[int]([3])).__name__)
