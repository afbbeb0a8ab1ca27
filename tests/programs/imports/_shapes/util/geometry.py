from .. import circle as c


def ring(outer, inner):
    return c.area(outer) - c.area(inner)
