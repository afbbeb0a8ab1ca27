# math with objects that define __float__, __index__, __floor__, __ceil__ and __trunc__.
import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class R:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.sqrt(F()), math.sqrt(I()), math.floor(R()), math.ceil(R()), math.trunc(R()))
print(math.factorial(I()), math.gcd(I(), 21), math.isqrt(I()), math.comb(I(), 2))
print(math.floor(F()), math.ceil(F()))
class Bad:
    def __float__(self): return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print(e)
print(math.log(I()), math.hypot(F(), I()), math.fsum([F(), I(), 1]))
