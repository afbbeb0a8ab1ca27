# The gc module: collect, enable, disable, isenabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())


class Node:
    pass


def make_cycle():
    a = Node()
    b = Node()
    a.other = b
    b.other = a


make_cycle()
print(gc.collect())
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0, gc.collect(True) >= 0)

# Disabled: cycles wait for an explicit collect.
gc.disable()
for _ in range(50000):
    make_cycle()
print(gc.collect() == 100000)
gc.enable()

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as error:
        print("ValueError", error)
for call in (lambda: gc.collect("x"), lambda: gc.collect(1, 2), lambda: gc.enable(1),
             lambda: gc.isenabled(1)):
    try:
        call()
    except TypeError as error:
        print("TypeError", error)
try:
    gc.collect(foo=1)
except TypeError as error:
    print("TypeError", error)
