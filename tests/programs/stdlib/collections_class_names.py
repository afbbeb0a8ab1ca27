import collections
from collections import *
print(deque, defaultdict, Counter, OrderedDict, ChainMap, UserDict, UserList, UserString)
print(namedtuple.__module__, deque.__module__, deque.__qualname__, Counter.__name__, type(deque()).__module__)
print(sorted(collections.__all__))
P = namedtuple("P", "x")
print(P.__module__, P, repr(P(1)))
