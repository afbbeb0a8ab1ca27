for sl in [slice(None, 3), slice(2, None), slice(None, None, 2), slice(None, None, -3), slice(5, 1, -1), slice(1, 8, 3), slice(3, 3), slice(-4, None), slice(None)]:
    l = list(range(10)); del l[sl]; print(sl, l)

N = 200000
l = list(range(N))
del l[:N // 2]; print(len(l), l[0])
l = list(range(N)); del l[::2]; print(len(l), l[:3])
