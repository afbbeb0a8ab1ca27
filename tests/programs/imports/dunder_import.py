# __import__: top-level package without a fromlist, the module itself with one
m = __import__("_shapes.circle")
print(m.__name__, m.circle.PI)
m = __import__("_shapes.square", fromlist=["area"])
print(m.__name__, m.area(4))
m = __import__("_shapes", fromlist=["util"])
print(m.util.LABEL)
m = __import__("_greetings", None, None, [], 0)
print(m.greet("Zed"))
for bad in ["", 5]:
    try:
        __import__(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("_shapes", level=-1)
except ValueError as e:
    print(e)
try:
    __import__("_nowhere_to_be_found")
except ImportError as e:
    print(type(e).__name__, e)
import math

print(__import__("math") is math, __import__("sys").modules["math"] is math)
