import os
from math import pi as PI

def lissafa(x, y=None):
    if x is None:
        return 0
    elif x > 0 and not y:
        return x
    elif x in [1, 2]:
        pass
    else:
        return -x

class Dabba:
    def __init__(self):
        self.rai = True

for i in range(10):
    if i == 5:
        break
    continue

while False or True:
    break

try:
    raise ValueError("kuskure")
except ValueError as e:
    pass
finally:
    del e

with open("f") as f:
    pass

f = lambda x: x * 2

def janareta():
    yield 1
    yield from range(3)

async def aiki_mai_jira():
    await wani()

def waje():
    x = 1
    def ciki():
        nonlocal x
        global y
    assert x, "sako"

match umarni:
    case 1:
        pass
    case _:
        pass
