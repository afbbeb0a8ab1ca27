# from math import *: math.pow shadows the builtin pow, everywhere in the module
from math import *

print(pow(2, 3), sqrt(16), floor(2.7), pi)


def area(r):
    return pi * r ** 2


class Circle:
    def __init__(self, r):
        self.r = r

    def circumference(self):
        return tau * self.r


print(area(2), Circle(1.5).circumference(), max(1, 2), len("abc"))
print(isclose(area(1), pi), gcd(12, 18), factorial(10), comb(6, 2))
