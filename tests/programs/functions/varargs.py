# *args and **kwargs.
def total(*args):
    print(type(args), args)
    return sum(args)

print(total(), total(1), total(1, 2, 3))
def info(**kwargs):
    print(type(kwargs), kwargs)
    return sorted(kwargs)

print(info(), info(b=2, a=1))
def everything(a, b=2, *args, c=3, d, **kwargs):
    return a, b, args, c, d, kwargs

print(everything(1, d=4))
print(everything(1, 5, 6, 7, d=8, e=9))
print(everything(a=1, d=2, c=3, zz=0))
def forward(*args, **kwargs):
    return everything(*args, **kwargs)

print(forward(0, 1, 2, d=3))
def joiner(sep, *parts):
    return sep.join(parts)

print(joiner("+", "a", "b", "c"), joiner(", "))
