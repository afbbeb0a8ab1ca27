import operator
its = [iter([1, 2, 3]), iter((1,)), iter("héllo"), iter("abc"), iter(range(10)), iter(range(0, 2**70, 2**60)), iter({1: 2, 3: 4}),
       iter({}.values()), iter({1: 2}.items()), reversed({1: 2, 3: 4}), iter({1, 2, 3}), reversed([1, 2, 3])]
for it in its:
    before = operator.length_hint(it)
    next(it, None)
    print(type(it).__name__, before, operator.length_hint(it), it.__length_hint__())
print(operator.length_hint(iter([]), 5), operator.length_hint(zip([1], [2]), 7), operator.length_hint(map(str, [1]), 3), hasattr(zip([], []), '__length_hint__'))
l = [1, 2, 3]; it = iter(l); next(it); l.append(4); print(it.__length_hint__()); l.clear(); print(it.__length_hint__())
d = {1: 1, 2: 2}; it = iter(d); next(it); d[3] = 3; print(it.__length_hint__())
s = {1, 2}; it = iter(s); s.add(5); print(it.__length_hint__())
it = iter([1]); list(it); print(it.__length_hint__())
