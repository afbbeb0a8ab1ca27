# C3 linearisation, cooperative super() along the MRO, and inconsistent hierarchies.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print([k.__name__ for k in D.__mro__], D().who())


class X:
    pass


class Y:
    pass


class Z(X, Y):
    pass


class W(Y, X):
    pass


try:
    class Broken(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)


class K1(X, Y):
    pass


class K2(Y):
    pass


class K3(K1, K2):
    pass


print([k.__name__ for k in K3.__mro__])


class Init:
    def __init__(self):
        self.trail = ["Init"]


class Left(Init):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")


class Right(Init):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")


print(Bottom().trail, issubclass(Bottom, Init), isinstance(Bottom(), Right))
print(super(Left, Bottom()).__init__ is not None, super(B, D()).who())
