import os
import os.path as p, sys
import a.b.c
from . import x
from .. import y as z
from ...pkg import mod
from .mod import a, b as c
from pkg.sub import (a as b, c,
    d,)
from m import *
