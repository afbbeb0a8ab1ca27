# Converting a huge int to str exceeds the digit limit (CPython 3.11).
big = 10 ** 4000
print(len(str(big)))
huge = big ** 2
print(str(huge))
