import copy


class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.tags)


p = Pt(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, q.tags is p.tags, type(r).__name__, q is p)


class S:
    __slots__ = ("a", "b")


s = S()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))


class L(list):
    pass


ll = L([1, [2]])
ll.name = "n"
l2 = copy.deepcopy(ll)
print(type(l2).__name__, l2, l2.name, l2[1] is ll[1])


class DD(dict):
    pass


print(type(copy.copy(DD(a=1))).__name__, copy.deepcopy(DD(a=[1])))


class T2(tuple):
    pass


t2 = copy.copy(T2((1, 2)))
print(type(t2).__name__, t2)


class ST(set):
    pass


st = copy.deepcopy(ST([1, 2]))
print(type(st).__name__, sorted(st))


def gen():
    yield 1


for f in [copy.copy, copy.deepcopy]:
    try:
        f(gen())
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
shallow = copy.copy(c.bump)
deep = copy.deepcopy(c.bump)
print(shallow(), c.n, shallow.__self__ is c, deep(), deep.__self__ is c, c.n, deep.__self__.n)
print(type(c.bump)(Counter.bump, c)(), c.n)
for bad in [lambda: type(c.bump)(1, c), lambda: type(c.bump)(Counter.bump, None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
