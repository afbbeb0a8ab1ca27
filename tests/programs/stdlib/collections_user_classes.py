from collections import UserDict, UserList, UserString
u = UserDict(a=1); print(u, repr(u), u.data, u | {'b':2}, {'z':0} | u, UserDict.fromkeys('ab', 0), u.copy(), type(u.copy()).__name__, list(u.keys()), list(u.items()), list(u.values()))
l = UserList([3,1,2]); print(l, l[0], l[1:], type(l[1:]).__name__, l + [4], [0] + l, type([0]+l).__name__, l * 2, l == [3,1,2], l < [4], sorted(l), l.index(1), l.count(2))
l.sort(); l.append(9); l.extend(UserList([7])); l.insert(0, -1); l.remove(9); print(l, l.pop(), l.pop(0), l, len(l), 2 in l, list(reversed(l)), l.copy(), type(l.copy()).__name__)
s = UserString('Hello'); print(s, repr(s), s.upper(), type(s.upper()).__name__, s + '!', '>' + s, s * 2, s[1:3], type(s[1]).__name__, s.split('l'), s.find('l'), 'ell' in s, s == 'Hello', s < 'J', len(s), s.replace('l', 'L'), s.center(9, '*'), s.join(['a','b']), s.startswith('He'), s.encode())
print(s.strip('Ho'), type(s.title()).__name__, s.isalpha(), s.islower(), s.count('l'), s.lower().capitalize(), UserString('a%sc') % 'b')
try: u['x']
except KeyError as e: print('KeyError', e)
class D(UserDict):
    def __missing__(self, k): return k * 2
print(D()['ab'], UserList(), UserString(5), UserDict([('a', 1)], b=2), u.get('a'), u.get('q', 5), u.pop('a'), u, u.setdefault('k', 3), u)
u.update({'x': 1}, y=2); print(u, len(u), 'x' in u, u == {'k': 3, 'x': 1, 'y': 2}, u.popitem(), dict(u))
class Lower(UserDict):
    def __setitem__(self, key, value): super().__setitem__(key.lower(), value)
lo = Lower({'A': 1}, B=2); lo['C'] = 3; print(lo, 'a' in lo)
