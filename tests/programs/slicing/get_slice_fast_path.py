# a[lo:hi] for lists and tuples (Tauraro slices them without a slice object) and everything else.
def f():
    a = [0, 1, 2, 3, 4, 5]
    t = (0, 1, 2, 3)
    s = "hello"
    for lo in (None, -100, -3, -1, 0, 2, 6, 100):
        for hi in (None, -100, -2, 0, 3, 6, 100):
            print(lo, hi, a[lo:hi], t[lo:hi], s[lo:hi])
    print(t[:] is t, t[0:] is t, t[-100:100] is t, a[:] is a, a[:] == a)
    print(a[True:], t[False:2], b"abc"[1:], range(10)[2:5], bytearray(b"xyz")[:2])
    class Idx:
        def __index__(self):
            return 2
    print(a[Idx():], a[:Idx()])
    class G:
        def __getitem__(self, key):
            return key
    print(G()[1:2], G()[:], G()[::2])
    try:
        a["x":]
    except TypeError as e:
        print(e)
    try:
        int(5)[1:2]
    except TypeError as e:
        print(e)
    flags = [True] * 2000
    print(len(flags[10:20]), flags[-3:])
    items = [1, 2, 3, 4]
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        print(rest)
    d = {}
    try:
        d[1:2]
    except TypeError as e:
        print(e)
f()
