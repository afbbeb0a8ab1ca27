class A:
    def f(self, __a, *, __k=3):
        return __a, __k

    def g(self):
        return self.f(_A__a=1, _A__k=2)

    def h(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return str(e)

    print(f.__kwdefaults__)
    lam = lambda self, __p=5: __p


print(A().g(), A().h(), A().lam())
print(A().f(_A__a="a", _A__k="k"), A.lam.__defaults__)


class B:
    def run(self, **kwargs):
        return kwargs

    def call(self):
        return self.run(__kw=1)


print(B().call())
