import os
import a.b.c
import a.b.c as abc
from pkg import one, two as deux
from . import sibling
from ..parent.mod import thing
from shapes import *


def uses():
    import json as j
    from math import sqrt
    return j, sqrt(len(one)), pow(2, 3)


print(os, abc, deux, sibling, thing, pow(2, 3))
