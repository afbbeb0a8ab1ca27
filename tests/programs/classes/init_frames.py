# Class calls run __init__ like CPython: results, errors, and __init__ replaced later.
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


class C:
    def __init__(self):
        return 5


print(A(1).x, B(2).x, [A(i).x for i in range(3)])
try:
    C()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
A.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(A(1).x, B(2).x)


class Counted:
    made = 0

    def __init__(self, *args, **kwargs):
        Counted.made += 1
        self.args = args
        self.kwargs = kwargs


print(Counted(1, 2, k=3).args, Counted(k=1).kwargs, Counted.made)
