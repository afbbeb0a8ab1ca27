d = {i: i for i in range(10)}
for k in [0, 1, 2, 5]: del d[k]
print(list(d), next(iter(d)), list(d.items())[:2], list(reversed(d)))
d[0] = 'x'; print(list(d))
while d: d.pop(next(iter(d)))
print(d, list(d)); d['a'] = 1; print(d)
e = {1: 1, 2: 2}; it = iter(e); del e[1]; e[3] = 3
try: next(it); print('ok')
except RuntimeError as ex: print(ex)
f = dict.fromkeys(range(5)); del f[0]; del f[1]; print(f.popitem(), f, len(f)); f.clear(); f[9] = 9; print(f)
g = dict.fromkeys(range(40)); 
for k in range(30): del g[k]
print(list(g)[:3], len(g)); g[100] = 1; print(list(g)[-2:])
