from collections import deque
for name, mutate in [('append', lambda d: d.append(9)), ('appendleft', lambda d: d.appendleft(9)), ('pop', lambda d: d.pop()),
                     ('popleft', lambda d: d.popleft()), ('rotate', lambda d: d.rotate(1)), ('reverse', lambda d: d.reverse()),
                     ('clear', lambda d: d.clear()), ('extend', lambda d: d.extend([1])), ('remove', lambda d: d.remove(3)),
                     ('setitem', lambda d: d.__setitem__(0, 'x')), ('insert', lambda d: d.insert(1, 'y'))]:
    for start in ([1, 2, 3, 4], None):
        d = deque([1, 2, 3, 4])
        if start is None:
            d = deque(); d.extendleft([4, 3]); d.extend([]) ; d.appendleft(2); d.appendleft(1); d.append(5); d.pop()
        seen = []
        try:
            for x in d:
                seen.append(x)
                if len(seen) == 2:
                    mutate(d)
            print(name, 'ok', seen, d)
        except RuntimeError as e:
            print(name, 'RuntimeError', e, seen)
for name, mutate in [('append-full', lambda d: d.append(9)), ('appendleft-full', lambda d: d.appendleft(9)), ('rotate0', lambda d: d.rotate(0)), ('extend-empty', lambda d: d.extend([])), ('imul1', lambda d: d.__imul__(1)), ('iadd', lambda d: d.__iadd__([7]))]:
    d = deque([1, 2, 3, 4], maxlen=4)
    seen = []
    try:
        for x in d:
            seen.append(x)
            if len(seen) == 2:
                mutate(d)
        print(name, 'ok', seen, d)
    except RuntimeError as e:
        print(name, 'RuntimeError', e, seen)
    seen = []
    d = deque([1, 2, 3, 4])
    try:
        for x in reversed(d):
            seen.append(x)
            if len(seen) == 2:
                mutate(d)
        print(name, 'rev ok', seen, d)
    except RuntimeError as e:
        print(name, 'rev RuntimeError', e, seen)
