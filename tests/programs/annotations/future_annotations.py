"""Docstring before the future import."""
from __future__ import annotations

import __future__


class P:
    x: Dict[str,int]
    y: Optional[ 'P' ] = None
    z: int|None
    w: "List[int]"
    v: tuple[int, ...]
    u: Callable[[int, str], None]
    t: a.b.c[1:2, ::3]
    s: f(1, k=2) and not x or -y
    r: (1 + 2) * 3 ** -1
    q: Tuple[int,]
    p: {"a": 1, **d}
    o: [int, str]
    n: a if b else c
    m: x < y <= z
    l: ~a - +b


print(P.__annotations__)


def f(a: int = 3, *b: list[int], c: Dict[str, 'x'], **d: Undefined) -> Tuple[()]:
    pass


print(f.__annotations__)
value: NotDefinedAnywhere = 3
print(__annotations__, value)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.compiler_flag)


class Z:
    __q: __Z

    def m(self, a: __Z) -> Z.__q:
        pass


print(Z.__annotations__, Z.m.__annotations__)
