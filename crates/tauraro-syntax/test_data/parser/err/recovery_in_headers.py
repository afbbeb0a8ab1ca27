def f(:
    pass
class A(:
    pass
x = 2
