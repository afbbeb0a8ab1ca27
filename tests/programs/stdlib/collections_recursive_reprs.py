from collections import defaultdict, OrderedDict, Counter, ChainMap, deque, UserDict, UserList
d = defaultdict(list); d['a'] = d; print(d)
o = OrderedDict(); o['a'] = o; print(o)
c = ChainMap({}); c.maps[0]['x'] = c; print(c)
q = deque([1]); q.append([q]); print(q)
u = UserList([1]); u.append(u); print(u)
ud = UserDict(); ud['s'] = ud; print(ud)
dd = defaultdict(list); dd['k'] = [dd]; print(dd)
