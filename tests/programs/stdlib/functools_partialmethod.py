import functools
class A:
    def f(self, a, b=0): return (self.v, a, b)
    g = functools.partialmethod(f, 1, b=2)
    @functools.singledispatchmethod
    def h(self, x): return 'obj ' + repr(x)
    @h.register(int)
    def _(self, x): return 'int %d %d' % (x, self.v)
    @h.register(list)
    def _(self, x): return 'list %d' % len(x)
    @classmethod
    def cm(cls, a, b): return (cls.__name__, a, b)
    pcm = functools.partialmethod(cm, 9)
    @functools.singledispatchmethod
    @classmethod
    def parse(cls, x): return 'raw'
    @parse.register(str)
    @classmethod
    def _(cls, x): return cls.__name__ + ' str'
a = A(); a.v = 5
print(a.g(), a.g(b=7), a.h(1), a.h('s'), a.h([1, 2]), A.pcm(1), a.pcm(2), A.parse('x'), A.parse(3), a.h.__name__)
print(type(A.__dict__['pcm']).__name__)
pm = functools.partialmethod(A.f, 1, b=2)
print(pm.args, pm.keywords, functools.partialmethod(pm, 4).args)
try: functools.partialmethod(1)
except TypeError as e: print(e)
try: a.g(c=1)
except TypeError as e: print(e)
