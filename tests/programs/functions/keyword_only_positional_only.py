# Keyword-only and positional-only parameters.
def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset

print(kwonly(3), kwonly(3, scale=2), kwonly(3, offset=1, scale=10))
def posonly(x, y, /, z=0):
    return x - y + z

print(posonly(10, 3), posonly(10, 3, 5), posonly(10, 3, z=1))
def mixed(a, b=1, /, c=2, *, d=3, e):
    return [a, b, c, d, e]

print(mixed(0, e=4), mixed(0, 10, 20, e=40), mixed(0, 1, c=5, d=6, e=7))
def star_kw(*, required):
    return required * 2
print(star_kw(required=21))
def posonly_kwargs(name, /, **kwargs):
    return name, kwargs
print(posonly_kwargs("pos", name="kw"))
