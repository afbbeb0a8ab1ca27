print("load", __name__, "in", __package__)
PI = 3.14159


def area(r):
    return PI * r * r
