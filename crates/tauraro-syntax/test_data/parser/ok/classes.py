class A: pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    pass

@dataclass(frozen=True)
class D:
    a: int
    b: str = "x"

class E():
    pass
