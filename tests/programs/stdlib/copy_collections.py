import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[0].append(0)
print(dq, dq2, copy.copy(dq), copy.copy(dq)[0] is dq[0])
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd["a"].append(2)
print(dd2, dd2["zz"], copy.copy(dd), dd2.default_factory)
print(copy.deepcopy(Counter("aab")), copy.deepcopy(OrderedDict(a=[1])), copy.copy(OrderedDict(b=1)))
P = namedtuple("P", "x y")
pp = P([1], 2)
print(copy.copy(pp), copy.deepcopy(pp), copy.deepcopy(pp).x is pp.x, type(copy.copy(pp)).__name__)
