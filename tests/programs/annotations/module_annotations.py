print(__annotations__)
count: int = 3
name: str
print(__annotations__)
if count:
    flag: bool = False
print(__annotations__, count, flag)
try:
    print(name)
except NameError as e:
    print("NameError", e)


def reader():
    return __annotations__


print(reader() is __annotations__)
import sys

print(sys.modules[__name__].__annotations__ is __annotations__)
